import { dirname, join } from 'node:path';
import type { ApolloServerPlugin } from '@apollo/server';
import { readExamples } from '@mieux/examples';
import type { ServiceConfig } from '@mieux/service-kit/config';
import type { StaticAsset } from '@mieux/service-kit/http';
import { developmentSecret, signToken } from './development-token';

/** GraphiQL's prebuilt browser files and React's, served by the gateway itself: the page needs no CDN. */
export const GRAPHIQL_ASSETS: Record<string, StaticAsset> = {
  '/graphiql/react.production.min.js': script(packageFile('react', 'umd/react.production.min.js')),
  '/graphiql/react-dom.production.min.js': script(packageFile('react-dom', 'umd/react-dom.production.min.js')),
  '/graphiql/graphiql.min.js': script(packageFile('graphiql', 'dist/index.umd.js')),
  '/graphiql/graphiql.min.css': { file: packageFile('graphiql', 'dist/style.css'), contentType: 'text/css; charset=utf-8' },
};

/** A file of an installed package (their `exports` do not list the browser builds). */
function packageFile(name: string, path: string): string {
  return join(dirname(require.resolve(`${name}/package.json`)), path);
}

function script(file: string): StaticAsset {
  return { file, contentType: 'text/javascript; charset=utf-8' };
}

/** A project officer's bearer token for the headers editor, only where the gateway hands out development tokens. */
async function developmentAuthorization(config: ServiceConfig): Promise<string | null> {
  const secret = developmentSecret(config);
  return secret ? `Bearer ${await signToken(secret, { role: 'PROJECT_OFFICER', sub: 'officer@example.org' })}` : null;
}

async function page(config: ServiceConfig): Promise<string> {
  const authorization = await developmentAuthorization(config);
  const headers = JSON.stringify(authorization ? { Authorization: authorization } : {}, null, 2);
  const tabs = readExamples().map(({ text }) => ({ query: text, headers }));
  const settings = JSON.stringify({ tabs, headers }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>MIEUX graph (development)</title>
<link rel="stylesheet" href="/graphiql/graphiql.min.css">
<style>body { margin: 0; } #graphiql { height: 100vh; }</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script src="/graphiql/react.production.min.js"></script>
<script src="/graphiql/react-dom.production.min.js"></script>
<script src="/graphiql/graphiql.min.js"></script>
<script id="mieux-settings" type="application/json">${settings}</script>
<script>
  const settings = JSON.parse(document.getElementById('mieux-settings').textContent);
  const fetcher = GraphiQL.createFetcher({ url: location.origin + '/graphql' });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher, defaultTabs: settings.tabs, defaultHeaders: settings.headers, isHeadersEditorEnabled: true, shouldPersistHeaders: false }),
  );
</script>
</body>
</html>
`;
}

/**
 * The development landing page: GraphiQL served from npm, with the README's examples (packages/examples) in tabs and,
 * on the development secret, a project officer's token in the headers editor. Works offline.
 */
export function graphiqlLandingPage(config: ServiceConfig): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html: () => page(config) };
        },
      };
    },
  };
}
