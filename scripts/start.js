#!/usr/bin/env node
// `npm start`: builds, composes, starts the four subgraphs and the gateway with the demo portfolio,
// prints where the graph is, and stops everything cleanly on Ctrl-C.
const { SUBGRAPHS, GATEWAY, buildAndCompose, startService, waitReady, stopAll } = require('./lib/services');

const LEVELS = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };

function onLog(name, entry) {
  if (entry.progress) {
    const { done, total } = entry.progress;
    if (done === total || done % Math.max(1, Math.ceil(total / 4)) === 0) {
      console.log(`[${name}] loading the demo portfolio: ${done}/${total}`);
    }
    return;
  }
  const level = LEVELS[entry.level] ?? 'info';
  const request = entry.requestId ? ` (request ${entry.requestId})` : '';
  console.log(`[${name}] ${level === 'info' ? '' : `${level}: `}${entry.msg ?? ''}${request}`);
}

function onText(name, line) {
  console.log(`[${name}] ${line}`);
}

async function main() {
  buildAndCompose();
  const env = { SEED_DEMO: process.env.SEED_DEMO ?? 'true' };
  const where = process.env.DATABASE_URL ? `MySQL at ${new URL(process.env.DATABASE_URL).host}` : 'embedded databases in .data/';
  console.log(`Starting the four subgraphs on ${where}…`);
  const services = SUBGRAPHS.map(({ name }) => startService(name, env, { onLog, onText }));
  let stopping = false;
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping the graph…');
    await stopAll(services);
    console.log('Stopped.');
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  for (const service of services) {
    service.exited.then((code) => {
      if (!stopping) {
        console.error(`[${service.name}] exited (code ${code}); stopping the graph`);
        void stop(1);
      }
    });
  }
  const ready = await Promise.all(SUBGRAPHS.map(({ port }, i) => waitReady(services[i], port)));
  if (ready.includes(false)) return stop(1);
  const gateway = startService(GATEWAY.name, {}, { onLog, onText });
  services.push(gateway);
  gateway.exited.then((code) => !stopping && (console.error(`[gateway] exited (code ${code})`), void stop(1)));
  if (!(await waitReady(gateway, GATEWAY.port))) return stop(1);
  printWelcome();
}

function printWelcome() {
  const url = `http://localhost:${GATEWAY.port}/graphql`;
  console.log(`
The MIEUX graph is ready at ${url}  (Ctrl-C stops it)

Portfolio figures, anonymous:
  curl -s ${url} -H 'content-type: application/json' \\
    -d '{"query":"{ portfolio(filter: {from: \\"2009-01-01\\", to: \\"2019-12-31\\"}) { actions activities participants policiesSupported expertsDeployed publicOfficialsFromMemberStates memberStatesRepresented } }"}'

A development token for a role (PARTNER, PROJECT_OFFICER, STEERING_COMMITTEE, EXPERT, ANALYST, ADMIN):
  TOKEN=$(npm run -s token -- ANALYST)
  curl -s ${url} -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" \\
    -d '{"query":"{ actions(first: 3) { totalCount edges { node { reference title country { name } activities(first: 7) { title startsOn } } } } }"}'

More example queries are in the README.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
