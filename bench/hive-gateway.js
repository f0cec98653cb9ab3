// Hive Gateway's runtime serving the same supergraph, calling the same subgraphs with the identity
// signed the way our gateway signs it (the subgraphs accept nothing else): the caller's bearer token is
// verified, as our gateway does, and its identity travels to the subgraphs.
const { createServer } = require('node:http');
const { readFileSync } = require('node:fs');
const { createGatewayRuntime } = require('@graphql-hive/gateway-runtime');
const { jwtVerify } = require('jose');
const { DEVELOPMENT_SECRETS, IDENTITY_HEADER, signIdentity } = require('@mieux/service-kit');
const { toIdentity, ANONYMOUS } = require('@mieux/service-kit/identity');
const { SUPERGRAPH_FILE } = require('@mieux/supergraph');

const port = Number(process.env.PORT);
const urls = JSON.parse(process.env.SUBGRAPH_URLS);
const secret = new TextEncoder().encode(process.env.AUTH_JWT_SECRET || DEVELOPMENT_SECRETS.authJwtSecret);
const subgraphSecret = process.env.SUBGRAPH_SECRET || DEVELOPMENT_SECRETS.subgraphSecret;

const gateway = createGatewayRuntime({
  supergraph: () => readFileSync(SUPERGRAPH_FILE, 'utf8'),
  transportEntries: Object.fromEntries(Object.entries(urls).map(([name, location]) => [name, { location }])),
  logging: false,
  plugins: () => [
    {
      async onContextBuilding({ context, extendContext }) {
        const token = /^Bearer\s+(\S+)$/i.exec(context.request.headers.get('authorization') ?? '')?.[1];
        extendContext({
          identity: token ? toIdentity((await jwtVerify(token, secret, { algorithms: ['HS256'], requiredClaims: ['exp'] })).payload) : ANONYMOUS,
        });
      },
      // Hive Gateway shares a subgraph call in flight between requests whose bodies are identical; the
      // identity is added to the call after that (onFetch below), so by default a caller could be given an
      // answer made for another, where our gateway shares only a caller's own calls and our subgraphs answer
      // by the caller's roles. A header naming the caller makes Hive's sharing key the caller's too.
      onSubgraphExecute({ executionRequest, setExecutionRequest }) {
        const extensions = executionRequest.extensions ?? {};
        setExecutionRequest({
          ...executionRequest,
          extensions: { ...extensions, headers: { ...extensions.headers, 'x-bench-caller': executionRequest.context?.identity?.sub ?? 'anonymous' } },
        });
      },
      onFetch({ context, options, setOptions }) {
        setOptions({
          ...options,
          headers: { ...options.headers, [IDENTITY_HEADER]: signIdentity(context.identity, subgraphSecret, String(options.body ?? '')) },
        });
      },
    },
  ],
});
createServer(gateway).listen(port, '127.0.0.1', () => process.stdout.write(`hive ready ${port}\n`));
process.on('SIGTERM', () => process.exit(0));
