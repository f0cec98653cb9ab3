// Hive Gateway's runtime serving the same supergraph, calling the same subgraphs with the identity
// signed the way our gateway signs it (the subgraphs accept nothing else).
const { createServer } = require('node:http');
const { readFileSync } = require('node:fs');
const { createGatewayRuntime } = require('@graphql-hive/gateway-runtime');
const { DEVELOPMENT_SECRETS, IDENTITY_HEADER, signIdentity } = require('@mieux/service-kit');
const { SUPERGRAPH_FILE } = require('@mieux/supergraph');

const port = Number(process.env.PORT);
const urls = JSON.parse(process.env.SUBGRAPH_URLS);
const identity = JSON.parse(process.env.IDENTITY);

const gateway = createGatewayRuntime({
  supergraph: () => readFileSync(SUPERGRAPH_FILE, 'utf8'),
  transportEntries: Object.fromEntries(Object.entries(urls).map(([name, location]) => [name, { location }])),
  logging: false,
  plugins: () => [
    {
      onFetch({ options, setOptions }) {
        setOptions({
          ...options,
          headers: { ...options.headers, [IDENTITY_HEADER]: signIdentity(identity, DEVELOPMENT_SECRETS.subgraphSecret, String(options.body ?? '')) },
        });
      },
    },
  ],
});
createServer(gateway).listen(port, '127.0.0.1', () => process.stdout.write(`hive ready ${port}\n`));
process.on('SIGTERM', () => process.exit(0));
