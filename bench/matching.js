#!/usr/bin/env node
// @ts-check
// `node bench/matching.js [--scale 11] [--runs 200]` (after `npm run build`): the experts subgraph in this
// process on a new MySQL database (TEST_DATABASE_URL) with the demo roster (scale 11: 5,280 active
// experts), `matchExperts(first: 10)` for a French-language need in Senegal timed one call after another,
// without the gateway: the matching path alone (the candidates read, scored and ranked, the page's experts read).
const { join } = require('node:path');
const { createLogger } = require('@mieux/service-kit');
const { identityOf, startTestSubgraph } = require('@mieux/service-kit/testing');

const option = (/** @type {string} */ name, /** @type {string} */ fallback) =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback;
const SCALE = Number(option('--scale', '11'));
const RUNS = Number(option('--runs', '200'));
const QUERY = `query($input: MatchInput!) { matchExperts(input: $input, first: 10) {
  edges { node { score rank expert { id displayName } reasons { code score message } } } } }`;
const INPUT = {
  thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY', 'HORIZONTAL_INTERVENTIONS'],
  subTopics: ['LABOUR_MIGRATION'],
  languages: ['fr'],
  countryCode: 'SN',
  startsOn: '2027-03-01',
  endsOn: '2027-03-03',
};

async function main() {
  const { expertsService } = require(join(__dirname, '..', 'apps', 'experts', 'dist', 'service'));
  const subgraph = await startTestSubgraph(expertsService, { LOG_LEVEL: 'silent' });
  try {
    await expertsService.seedDemo({ database: subgraph.database, logger: createLogger('experts', 'silent'), scale: SCALE, progress: () => undefined });
    const [{ n }] = await subgraph.database.dataSource.query("SELECT COUNT(*) AS n FROM expert WHERE status = 'ACTIVE'");
    const officer = identityOf('PROJECT_OFFICER');
    const call = async () => {
      const answer = await subgraph.execute(QUERY, { input: INPUT }, officer);
      if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    };
    for (let i = 0; i < 10; i += 1) await call();
    const times = [];
    for (let i = 0; i < RUNS; i += 1) {
      const start = process.hrtime.bigint();
      await call();
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    times.sort((a, b) => a - b);
    const at = (/** @type {number} */ p) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
    process.stdout.write(`active experts ${n}; matchExperts (first: 10) x${RUNS}: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms\n`);
  } finally {
    await subgraph.close();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
