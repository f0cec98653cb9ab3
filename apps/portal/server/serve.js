#!/usr/bin/env node
// @ts-check
// Serves the portal's static build (dist/) and its runtime configuration (/config.json), with security
// headers whose Content-Security-Policy lets the page call the graph and the identity provider only.
// `npm start -w apps/portal` (PORT, GRAPH_URL…); the root `npm start` runs it beside the graph.
const { createServer } = require('node:http');
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const sirv = require('sirv');

const DIST = join(__dirname, '..', 'dist');

/** What the page reads at start: where the graph is, how to sign in. */
function portalConfig(env = process.env) {
  const production = env.NODE_ENV === 'production';
  const graphUrl = env.GRAPH_URL ?? `http://localhost:${env.PORT_BASE ?? 4000}/graphql`;
  const oidc = env.OIDC_AUTHORITY
    ? { authority: env.OIDC_AUTHORITY, clientId: env.OIDC_CLIENT_ID ?? 'mieux-portal', scope: env.OIDC_SCOPE ?? 'openid profile email' }
    : null;
  // The development role picker needs the gateway's /dev/token, which only a development gateway has.
  const devSignIn = !production && env.PORTAL_DEV_SIGN_IN !== 'false';
  return { graphUrl, oidc, devSignIn };
}

function securityHeaders(config) {
  const origins = [new URL(config.graphUrl).origin, ...(config.oidc ? [new URL(config.oidc.authority).origin] : [])].join(' ');
  return {
    'content-security-policy': [
      "default-src 'self'",
      `connect-src 'self' ${origins}`,
      "img-src 'self' data:",
      // ECharts sizes its canvas with style attributes.
      "style-src 'self' 'unsafe-inline'",
      "script-src 'self'",
      `form-action 'self' ${origins}`,
      "frame-ancestors 'none'",
      "base-uri 'self'",
    ].join('; '),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };
}

/** The portal's HTTP server: files of dist/ (index.html for every page path), /config.json and /health. */
function createPortalServer(env = process.env) {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`No portal build in ${DIST}: run npm run build -w apps/portal first`);
  const config = portalConfig(env);
  const headers = securityHeaders(config);
  const files = sirv(DIST, {
    single: true,
    // Outside production the files are looked up on each request: `npm run dev` rebuilds them under it.
    dev: env.NODE_ENV !== 'production',
    etag: true,
    // Hashed file names never change: cache them for good; index.html is read again each time.
    setHeaders: (res, path) => res.setHeader('cache-control', path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'),
  });
  return createServer((req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    const path = (req.url ?? '/').split('?')[0];
    const json = { '/config.json': config, '/health': { status: 'ok' }, '/ready': { status: 'ready', service: 'portal', pid: process.pid } }[path];
    if (json) {
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.setHeader('cache-control', 'no-cache');
      res.end(JSON.stringify(json));
      return;
    }
    files(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    });
  });
}

module.exports = { portalConfig, createPortalServer };

if (require.main === module) {
  const port = Number(process.env.PORT ?? Number(process.env.PORT_BASE ?? 4000) + 5);
  const host = process.env.HOST ?? (process.env.NODE_ENV === 'production' ? '0.0.0.0' : '127.0.0.1');
  const server = createPortalServer();
  server.listen(port, host, () => console.log(JSON.stringify({ level: 'info', msg: `portal at http://localhost:${port}/`, port })));
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
