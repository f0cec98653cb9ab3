#!/usr/bin/env node
// @ts-check
// `node bench/matching.js [--scale 11] [--runs 200] [--rounds 3] [--gateway [--hive]] [--connections 1]` (after `npm run build`).
// Without --gateway: the experts subgraph in this process on a new MySQL database (TEST_DATABASE_URL) with the demo
// roster (scale 11: 5,280 active experts), `matchExperts(first: 10)` for a French-language need in Senegal timed one
// call after another: the matching path alone (the candidates ranked, checked, the page's experts read).
// With --gateway: the actions and experts services and our gateway as the bench runs them (production settings) on the
// demo portfolio at that scale, the experts service caught up with the actions service's events; timed over HTTP
// through the gateway: the same `matchExperts`, and `activity(id) { candidateExperts(first: 10) }` over twenty
// activities (actions → experts through @requires), from `--connections` callers at once. With --hive, Hive Gateway in
// front of the same subgraphs answers the same `candidateExperts` calls too, its CPU per call counted the same way.
// Each round times `--runs` calls; the figures of every round are printed, then their median and range, with
// the CPU each process spent per call, and that CPU net of what each process spends idle (measured over five
// seconds before the calls: the event consumers' polling, timers), which slower calls would otherwise carry more of.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { createLogger, DEVELOPMENT_SECRETS } = require('@mieux/service-kit');
const { identityOf, startTestSubgraph } = require('@mieux/service-kit/testing');
const { cpuOf, startSome } = require('./processes');

const option = (/** @type {string} */ name, /** @type {string} */ fallback) =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback;
const SCALE = Number(option('--scale', '11'));
const RUNS = Number(option('--runs', '200'));
const ROUNDS = Number(option('--rounds', '3'));
const CONNECTIONS = Number(option('--connections', '1'));
const QUERY = `query($input: MatchInput!) { matchExperts(input: $input, first: 10) {
  edges { node { score rank expert { id displayName } reasons { code score message } } } } }`;
const CANDIDATES = `query($id: ID!) { activity(id: $id) { title candidateExperts(first: 10) { edges { node { score expert { displayName } } } } } }`;
const INPUT = {
  thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY', 'HORIZONTAL_INTERVENTIONS'],
  subTopics: ['LABOUR_MIGRATION'],
  languages: ['fr'],
  countryCode: 'SN',
  startsOn: '2027-03-01',
  endsOn: '2027-03-03',
};

const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
const at = (/** @type {number[]} */ sorted, /** @type {number} */ p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
const median = (/** @type {number[]} */ values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (/** @type {number} */ ms) => ms.toFixed(1);

/**
 * The CPU each process spends per second with no call (ms/s), over `seconds`.
 * @param {Record<string, number>} pids
 */
async function idleCpu(pids, seconds = 5) {
  const before = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuOf(pid)]));
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  const idle = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, (cpuOf(pid) - before[name]) / seconds]));
  process.stdout.write(
    `idle CPU (ms per second): ${Object.entries(idle)
      .map(([name, ms]) => `${name} ${fmt(ms)}`)
      .join(', ')}; load ${load()}\n`,
  );
  return idle;
}

/**
 * Rounds of `RUNS` calls each, `CONNECTIONS` at a time; prints each round and the median over the rounds.
 * @param {string} label
 * @param {(connection: number, i: number) => Promise<void>} call
 * @param {Record<string, number>} pids processes whose CPU is counted per call
 * @param {Record<string, number>} [idle] what each process spends per second without calls (ms)
 */
async function measure(label, call, pids, idle = {}) {
  for (let i = 0; i < 10; i += 1) await call(0, i);
  /** @type {{ p50: number, p95: number, max: number, rate: number, cpu: Record<string, number> }[]} */
  const rounds = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    /** @type {number[]} */
    const times = [];
    const cpuBefore = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuOf(pid)]));
    const started = process.hrtime.bigint();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async (_, connection) => {
        while (next < RUNS) {
          const i = next++;
          const start = process.hrtime.bigint();
          await call(connection, i);
          times.push(Number(process.hrtime.bigint() - start) / 1e6);
        }
      }),
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const cpu = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, (cpuOf(pid) - cpuBefore[name]) / RUNS]));
    const net = Object.fromEntries(Object.entries(cpu).map(([name, ms]) => [name, ms - ((idle[name] ?? 0) * seconds) / RUNS]));
    times.sort((a, b) => a - b);
    rounds.push({ p50: at(times, 0.5), p95: at(times, 0.95), max: at(times, 1), rate: RUNS / seconds, cpu });
    const cpuText = Object.entries(cpu)
      .map(([name, ms]) => `${name} ${fmt(ms)}${name in idle ? ` (net of idle ${fmt(net[name])})` : ''}`)
      .join(', ');
    process.stdout.write(
      `  ${label}, round ${round + 1}: p50 ${fmt(at(times, 0.5))} ms, p95 ${fmt(at(times, 0.95))} ms, max ${fmt(at(times, 1))} ms, ${fmt(RUNS / seconds)} calls/s; CPU per call (ms): ${cpuText}; load ${load()}\n`,
    );
  }
  const range = (/** @type {'p50'|'p95'} */ key) => `${fmt(Math.min(...rounds.map((r) => r[key])))}-${fmt(Math.max(...rounds.map((r) => r[key])))}`;
  process.stdout.write(
    `${label} x${RUNS} x${ROUNDS} rounds, ${CONNECTIONS} at a time: p50 ${fmt(median(rounds.map((r) => r.p50)))} ms (rounds ${range('p50')}), p95 ${fmt(median(rounds.map((r) => r.p95)))} ms (rounds ${range('p95')})\n`,
  );
}

async function subgraphAlone() {
  const { expertsService } = require(join(__dirname, '..', 'apps', 'experts', 'dist', 'service'));
  const subgraph = await startTestSubgraph(expertsService, { LOG_LEVEL: 'silent' });
  try {
    await expertsService.seedDemo({ database: subgraph.database, logger: createLogger('experts', 'silent'), scale: SCALE, progress: () => undefined });
    const [{ n }] = await subgraph.database.dataSource.query("SELECT COUNT(*) AS n FROM expert WHERE status = 'ACTIVE'");
    process.stdout.write(`active experts ${n}; load ${load()}\n`);
    const officer = identityOf('PROJECT_OFFICER');
    await measure(
      'matchExperts (first: 10), experts subgraph alone',
      async () => {
        const answer = await subgraph.execute(QUERY, { input: INPUT }, officer);
        if (answer.errors) throw new Error(JSON.stringify(answer.errors));
      },
      { experts: process.pid },
    );
  } finally {
    await subgraph.close();
  }
}

async function throughTheGateway() {
  const { SignJWT } = require('jose');
  const hive = process.argv.includes('--hive');
  const graph = await startSome(SCALE, ['actions', 'experts'], (line) => process.stdout.write(`${line}\n`), { hive });
  try {
    const key = new TextEncoder().encode(DEVELOPMENT_SECRETS.authJwtSecret);
    const token = (/** @type {string} */ role, /** @type {string} */ subject) =>
      new SignJWT({ roles: [role] }).setProtectedHeader({ alg: 'HS256' }).setSubject(subject).setExpirationTime('2h').sign(key);
    const officers = await Promise.all(Array.from({ length: CONNECTIONS }, (_, i) => token('PROJECT_OFFICER', `officer-${i}@example.org`)));
    const post = async (
      /** @type {string} */ bearer,
      /** @type {string} */ query,
      /** @type {Record<string, unknown>} */ variables,
      /** @type {string} */ url = graph.urls.ours,
    ) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
        body: JSON.stringify({ query, variables }),
      });
      const answer = await response.json();
      if (!response.ok || answer.errors) throw new Error(`${response.status} ${JSON.stringify(answer.errors)}`);
      return answer.data;
    };
    const picked = await post(
      await token('ADMIN', 'bench@example.org'),
      `{ actions(first: 20) { edges { node { activities(first: 1) { edges { node { id } } } } } } }`,
      {},
    );
    const activityIds = picked.actions.edges.flatMap((/** @type {any} */ e) => e.node.activities.edges.map((/** @type {any} */ a) => a.node.id));
    const { experts } = await post(await token('ADMIN', 'bench@example.org'), `{ experts(filter: { status: [ACTIVE] }, first: 1) { totalCount } }`, {});
    process.stdout.write(`active experts ${experts.totalCount}; ${activityIds.length} activities to match; load ${load()}\n`);
    const pids = { gateway: graph.pids.gateway, experts: graph.pids.experts, actions: graph.pids.actions, ...(hive ? { hive: graph.pids.hive } : {}) };
    const idle = await idleCpu(pids);
    await measure('matchExperts (first: 10) through the gateway', (c) => post(officers[c], QUERY, { input: INPUT }).then(() => undefined), pids, idle);
    // The same twenty activities' candidates, through one gateway or the other.
    const candidatesThrough = (/** @type {string} */ url) => (/** @type {number} */ c, /** @type {number} */ i) =>
      post(officers[c], CANDIDATES, { id: activityIds[i % activityIds.length] }, url).then(() => undefined);
    await measure('activity { candidateExperts(first: 10) } through the gateway, twenty activities', candidatesThrough(graph.urls.ours), pids, idle);
    if (hive) await measure('activity { candidateExperts(first: 10) } through Hive Gateway, twenty activities', candidatesThrough(graph.urls.hive), pids, idle);
  } finally {
    await graph.stop();
  }
}

(process.argv.includes('--gateway') ? throughTheGateway() : subgraphAlone()).catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
