#!/usr/bin/env node
// `npm start`: checks the ports, builds, composes, starts the four subgraphs and the gateway with the
// demo portfolio, prints where the graph is once each process answers as itself, and stops every
// process it started on Ctrl-C or SIGTERM. PORT_BASE=5000 runs a second graph beside the first.
// `npm run dev` (--watch): the same, then turbo rebuilds what changes and node restarts the services using it.
const {
  SUBGRAPHS,
  DEFAULT_PORT_BASE,
  portBaseOf,
  placeServices,
  busyPorts,
  buildAndCompose,
  watchBuild,
  startService,
  waitReady,
  stopAll,
} = require('./lib/services');
const { join } = require('node:path');

const WATCH = process.argv.includes('--watch');
/** The web portal, served beside the graph (apps/portal/server/serve.js). */
const PORTAL = { name: 'portal', main: join(__dirname, '..', 'apps', 'portal', 'server', 'serve.js') };
/** The notifier, and the SMTP catcher it writes to in development. */
const NOTIFIER = { name: 'notifier' };
const CATCHER = { name: 'catcher', main: join(__dirname, '..', 'apps', 'notifier', 'dist', 'catcher.js') };

const LEVELS = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };

/** The last quarter of the demo portfolio each service reported loading. */
const quarters = new Map();

function onLog(name, entry) {
  if (entry.progress) {
    const { done, total } = entry.progress;
    const quarter = Math.floor((4 * done) / total);
    if (quarter > (quarters.get(name) ?? 0)) {
      quarters.set(name, quarter);
      console.log(`[${name}] loading the demo portfolio: ${done}/${total}`);
    }
    return;
  }
  const level = typeof entry.level === 'number' ? (LEVELS[entry.level] ?? 'info') : (entry.level ?? 'info');
  const request = entry.requestId ? ` (request ${entry.requestId})` : '';
  console.log(`[${name}] ${level === 'info' ? '' : `${level}: `}${entry.msg ?? ''}${request}`);
}

function onText(name, line) {
  console.log(`[${name}] ${line}`);
}

let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping the graph…');
  await stopAll();
  console.log('Stopped.');
  process.exit(code);
}

/** Ends the start before anything runs, with one line saying why. */
function refuse(message) {
  console.error(message);
  process.exit(1);
}

async function main() {
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  const { portBase, error } = portBaseOf();
  if (error) refuse(error);
  const placed = placeServices(portBase);
  const portOf = Object.fromEntries(placed.map(({ name, port }) => [name, port]));
  const busy = await busyPorts(placed);
  if (busy.length > 0) {
    const list = busy.map(({ name, port }) => `${port} (${name})`).join(', ');
    refuse(
      `Cannot start the graph: port${busy.length > 1 ? 's' : ''} ${list} already in use. Stop what runs there, or start beside it with another PORT_BASE, e.g. PORT_BASE=${portBase + 100} npm start`,
    );
  }

  await buildAndCompose();
  if (stopping) return;
  const env = {
    SEED_DEMO: process.env.SEED_DEMO ?? 'true',
    PORT_BASE: String(portBase),
    // A second graph on the embedded databases gets its own files.
    DATA_DIR: process.env.DATA_DIR ?? (portBase === DEFAULT_PORT_BASE ? '.data' : `.data/${portBase}`),
  };
  const where = process.env.DATABASE_URL ? `MySQL at ${new URL(process.env.DATABASE_URL).host}` : `embedded databases in ${env.DATA_DIR}/`;
  console.log(`Starting the five subgraphs on ${where}…`);
  const launch = (name, main) => {
    const service = startService(name, { ...env, PORT: String(portOf[name]) }, { onLog, onText, watch: WATCH, main });
    service.exited.then((code) => {
      if (!stopping) {
        console.error(`[${name}] exited (code ${code}); stopping the graph`);
        void stop(1);
      }
    });
    return service;
  };
  const subgraphs = SUBGRAPHS.map(({ name }) => launch(name));
  const ready = await Promise.all(subgraphs.map((service) => waitReady(service, portOf[service.name])));
  const notReady = ready.filter((r) => !r.ready);
  if (notReady.length > 0) {
    if (!stopping) notReady.forEach(({ reason }) => console.error(reason));
    return stop(1);
  }
  const gateway = launch('gateway');
  const gatewayReady = await waitReady(gateway, portOf.gateway);
  if (!gatewayReady.ready) {
    if (!stopping) console.error(gatewayReady.reason);
    return stop(1);
  }
  const portal = launch(PORTAL.name, PORTAL.main);
  const portalReady = await waitReady(portal, portOf.portal);
  if (!portalReady.ready) {
    if (!stopping) console.error(portalReady.reason);
    return stop(1);
  }
  // E-mails about what happens in the graph, kept by the catcher instead of being delivered.
  launch(CATCHER.name, CATCHER.main);
  const notifier = launch(NOTIFIER.name);
  const notifierReady = await waitReady(notifier, portOf.notifier);
  if (!notifierReady.ready) {
    if (!stopping) console.error(notifierReady.reason);
    return stop(1);
  }
  printWelcome(portOf.gateway, portOf.portal, env.DATA_DIR);
  if (WATCH) {
    console.log(
      '\nWatching the sources: a change is rebuilt and the services using it restart. After a schema change, npm run compose (the gateway reloads the supergraph).',
    );
    watchBuild().on('exit', (code) => !stopping && (console.error(`turbo watch exited (code ${code})`), void stop(1)));
  }
}

function printWelcome(port, portalPort, dataDir) {
  const url = `http://localhost:${port}/graphql`;
  console.log(`
The MIEUX graph is ready at ${url}  (Ctrl-C stops it)
The MIEUX+ portal is at http://localhost:${portalPort}/  (in English and French; sign in with the development role picker)
E-mails the notifier sends are caught, not delivered: read them in ${dataDir}/mail/ (.eml and .json)

Portfolio figures, anonymous:
  curl -s ${url} -H 'content-type: application/json' \\
    -d '{"query":"{ portfolio(filter: {from: \\"2009-01-01\\", to: \\"2019-12-31\\"}) { actions activities participants policiesSupported expertsDeployed publicOfficialsFromMemberStates memberStatesRepresented } }"}'

A development token for a role (PARTNER, PROJECT_OFFICER, STEERING_COMMITTEE, EXPERT, ANALYST, ADMIN):
  TOKEN=$(npm run token -- ANALYST)
  curl -s ${url} -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" \\
    -d '{"query":"{ actions(first: 3) { totalCount edges { node { reference title country { name } activities(first: 7) { edges { node { title startsOn } } } } } } }"}'

More example queries are in the README.`);
}

main().catch((error) => {
  console.error(error.message ?? error);
  void stop(1);
});
