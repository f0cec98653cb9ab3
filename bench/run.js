#!/usr/bin/env node
// @ts-check
// `npm run bench -- [--scale 1,10] [--rounds 5] [--duration 3] [--only explorer,portfolio-all]`: the federation tax, measured side by side on
// the demo portfolio in MySQL (TEST_DATABASE_URL): our gateway, Hive Gateway, a direct-SQL baseline, and
// each subgraph alone. Builds what it needs first. Answers are compared before anything is timed; targets
// are interleaved in rounds; a row with no completed request or any error fails the run. Writes
// bench/results/<date>.json and, for a full run (scale 10, at least 5 rounds, every row) that passed, the README's table.
// `--only` keeps the headline workloads named (see workloads.js) and leaves out the subgraphs alone.
const { spawnSync } = require('node:child_process');
const { writeFileSync, mkdirSync } = require('node:fs');
const os = require('node:os');
const { join } = require('node:path');

const ROOT = join(__dirname, '..');
const option = (/** @type {string} */ name, /** @type {string} */ fallback) =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback;
const SCALES = option('--scale', '1,10').split(',').map(Number);
const ROUNDS = Number(option('--rounds', '5'));
const DURATION = Number(option('--duration', '3'));
const ONLY = process.argv.includes('--only') ? option('--only', '').split(',') : null;
const WARM_UP_SECONDS = 1;
const CONNECTIONS = 10;
const ANSWERS_COMPARED = 5;
const SETTLE_MS_AT_MOST = 5000;
const log = (/** @type {string} */ line) => process.stdout.write(`${line}\n`);

function build() {
  log('Building (turbo, cached)…');
  const run = spawnSync('npx', ['turbo', 'run', 'build', '--output-logs=errors-only'], { cwd: ROOT, stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

async function main() {
  // The kit and the services exist only once built: nothing of ours is loaded before this.
  build();
  const autocannon = require('autocannon');
  const { SignJWT } = require('jose');
  const { DEVELOPMENT_SECRETS, IDENTITY_HEADER, signIdentity } = require('@mieux/service-kit');
  const { SUBGRAPH_NAMES } = require('@mieux/service-kit/registry');
  const { startAll } = require('./processes');
  const { workloads, subgraphWorkloads, EXPLORER } = require('./workloads');
  const { summariseRun, summariseRounds, rowFailure, rotate, ratioOverRounds } = require('./stats');
  const { disagreements } = require('./compare');
  const { writeReadmeTable, goals } = require('./table');

  const ADMIN = { sub: 'bench@example.org', roles: ['ADMIN'], expertId: null };
  const key = new TextEncoder().encode(DEVELOPMENT_SECRETS.authJwtSecret);
  const tokens = await Promise.all(
    Array.from({ length: CONNECTIONS }, (_, i) =>
      new SignJWT({ roles: ['ADMIN'] })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(`bench-caller-${i + 1}@example.org`)
        .setExpirationTime('2h')
        .sign(key),
    ),
  );

  /** Headers of a target for one caller and body: a bearer token per caller, or the identity a subgraph expects, signed for the body. */
  const headersOf = (/** @type {string} */ target) => {
    if (target === 'ours' || target === 'hive') return (/** @type {number} */ caller) => ({ authorization: `Bearer ${tokens[caller]}` });
    if (target === 'direct SQL') return () => ({});
    const signed = new Map();
    return (/** @type {number} */ _caller, /** @type {string} */ body) => {
      if (!signed.has(body)) signed.set(body, { [IDENTITY_HEADER]: signIdentity(ADMIN, DEVELOPMENT_SECRETS.subgraphSecret, body) });
      return signed.get(body);
    };
  };

  const post = async (/** @type {string} */ url, /** @type {Record<string, string>} */ headers, /** @type {string} */ body) =>
    (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body })).json();

  /**
   * Ten connections for `seconds`; connection i is caller i (or all caller 0) and walks the bodies from its own offset.
   * @param {string} url @param {string} target @param {string[]} bodies @param {'distinct'|'one'} callers @param {number} seconds
   */
  async function measure(url, target, bodies, callers, seconds) {
    const headersFor = headersOf(target);
    const latencies = [];
    let failed = 0;
    let connection = 0;
    const instance = autocannon({
      url,
      connections: CONNECTIONS,
      duration: seconds,
      setupClient(/** @type {any} */ client) {
        const caller = callers === 'distinct' ? connection : 0;
        let next = connection;
        connection += 1;
        client.setRequests([
          {
            method: 'POST',
            setupRequest: (/** @type {any} */ request) => {
              const body = bodies[next++ % bodies.length];
              return { ...request, body, headers: { 'content-type': 'application/json', ...headersFor(caller, body) } };
            },
            onResponse: (/** @type {number} */ status, /** @type {string} */ body) => {
              if (status !== 200 || String(body).includes('"errors"')) failed += 1;
            },
          },
        ]);
      },
    });
    instance.on('response', (/** @type {unknown} */ _c, /** @type {unknown} */ _s, /** @type {unknown} */ _b, /** @type {number} */ time) =>
      latencies.push(time),
    );
    const result = await instance;
    const figures = summariseRun({ latencies, seconds, errors: failed + result.errors + result.timeouts });
    // The requests cut off at the end are still being answered behind the target: let them finish before
    // the next row, which would otherwise pay for them.
    await new Promise((resolve) => setTimeout(resolve, Math.min(SETTLE_MS_AT_MOST, figures.p99 ?? SETTLE_MS_AT_MOST)));
    return figures;
  }

  async function benchScale(/** @type {number} */ scale) {
    const graph = await startAll(scale, log);
    try {
      const ours = (/** @type {string} */ query, variables = {}) => post(graph.urls.ours, headersOf('ours')(0), JSON.stringify({ query, variables }));
      const sample = await ours(`{ portfolio { actions activities } experts(first: 1) { totalCount } }`);
      const counts = { Actions: sample.data.portfolio.actions, activities: sample.data.portfolio.activities, experts: sample.data.experts.totalCount };
      const picked = await ours(`{ actions(first: 20) { edges { node { activities(first: 1) { edges { node { id } } } } } } }`);
      const activityIds = picked.data.actions.edges.flatMap((/** @type {any} */ e) => e.node.activities.edges.map((/** @type {any} */ a) => a.node.id));

      const statementsPerExplorer = {};
      const statements = async () => {
        let total = 0;
        for (const s of SUBGRAPH_NAMES)
          total += Number(/^mieux_sql_statements_total\{[^}]*\} (\d+)$/m.exec(await (await fetch(`http://127.0.0.1:${graph.ports[s]}/metrics`)).text())?.[1]);
        return total;
      };
      // Page 100 is over an administrator's query cost: 90 is the largest page measured.
      for (const first of [10, 50, 90]) {
        const before = await statements();
        const answer = await ours(EXPLORER, { first });
        if (answer.errors) throw new Error(`The explorer query, page ${first}, answered with errors: ${JSON.stringify(answer.errors).slice(0, 300)}`);
        statementsPerExplorer[first] = (await statements()) - before;
      }

      const all = ONLY
        ? workloads(activityIds).filter((w) => w.headline !== undefined && ONLY.includes(w.headline))
        : [...workloads(activityIds), ...subgraphWorkloads(SUBGRAPH_NAMES, activityIds[0])];
      if (all.length === 0) throw new Error(`--only ${ONLY}: no headline workload of that name (workloads.js)`);
      log('  Comparing answers…');
      const problems = [];
      for (const w of all) {
        const step = Math.max(1, Math.floor(w.variables.length / ANSWERS_COMPARED));
        for (let i = 0; i < w.variables.length; i += step) {
          const body = JSON.stringify({ query: w.query, variables: w.variables[i] });
          const answers = await Promise.all(
            w.targets.map(async (target) => ({ target, answer: await post(graph.urls[target], headersOf(target)(0, body), body) })),
          );
          problems.push(...disagreements(`${w.name} ${JSON.stringify(w.variables[i])}`, answers));
        }
      }
      if (problems.length) throw new Error(`The targets' answers differ; nothing was timed:\n${problems.slice(0, 20).join('\n')}`);

      const rows = all.flatMap((w) =>
        w.targets.map((target) => ({
          workload: w.name,
          headline: w.headline,
          target,
          callers: w.callers,
          bodies: w.variables.map((variables) => JSON.stringify({ query: w.query, variables })),
          rounds: /** @type {ReturnType<typeof summariseRun>[]} */ ([]),
        })),
      );
      const rssBefore = graph.rss();
      log(`  Warming up, then ${ROUNDS} rounds of ${DURATION} s per row…`);
      for (const row of rows) await measure(graph.urls[row.target], row.target, row.bodies, row.callers, WARM_UP_SECONDS);
      for (let round = 0; round < ROUNDS; round += 1) {
        for (const w of all) {
          for (const target of rotate(w.targets, round)) {
            const row = /** @type {(typeof rows)[number]} */ (rows.find((r) => r.workload === w.name && r.target === target));
            const figures = await measure(graph.urls[target], target, row.bodies, row.callers, DURATION);
            row.rounds.push(figures);
            log(
              `  ${round + 1}/${ROUNDS} ${w.name.slice(0, 58).padEnd(58)} ${target.padEnd(10)} ${String(figures.rps).padStart(7)} req/s  p50 ${figures.p50} ms  p95 ${figures.p95} ms${figures.errors ? `  (${figures.errors} errors)` : ''}${figures.completed ? '' : '  (NOTHING COMPLETED)'}`,
            );
          }
        }
      }
      const results = rows.map(({ bodies: _bodies, ...row }) => ({ ...row, summary: summariseRounds(row.rounds) }));
      const ratioOf = (/** @type {string} */ headline, /** @type {string} */ a, /** @type {string} */ b, /** @type {'rps'|'p50'} */ k) => {
        const x = results.find((r) => r.headline === headline && r.target === a);
        const y = results.find((r) => r.headline === headline && r.target === b);
        return x && y ? ratioOverRounds(x.rounds, y.rounds, k) : null;
      };
      return {
        scale,
        counts,
        statementsPerExplorer,
        rows: results,
        ratios: {
          explorerThroughputOursOverHive: ratioOf('explorer', 'ours', 'hive', 'rps'),
          explorerP50OursOverDirectSql: ratioOf('explorer', 'ours', 'direct SQL', 'p50'),
        },
        rssMiB: { before: rssBefore, after: graph.rss() },
      };
    } finally {
      await graph.stop();
    }
  }

  const report = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    loadAverage: { start: os.loadavg(), end: /** @type {number[]} */ ([]) },
    rounds: ROUNDS,
    durationSeconds: DURATION,
    connections: CONNECTIONS,
    scales: /** @type {any[]} */ ([]),
    failures: /** @type {string[]} */ ([]),
  };
  for (const scale of SCALES) {
    log(`\nScale ${scale}`);
    const run = await benchScale(scale);
    log(`  SQL statements per explorer query, page 10/50/90: ${Object.values(run.statementsPerExplorer).join(' / ')}`);
    for (const g of goals(run)) log(`  ${g.goal}: ${g.measured} (target ${g.target}) ${g.met ? 'met' : 'NOT met'}`);
    report.failures.push(
      ...run.rows
        .map(rowFailure)
        .filter((f) => f !== null)
        .map((f) => `scale ${scale}: ${f}`),
    );
    report.scales.push(run);
  }
  report.loadAverage.end = os.loadavg();
  mkdirSync(join(__dirname, 'results'), { recursive: true });
  const file = join(__dirname, 'results', `${report.date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  log(`\nWritten to ${file} (load average ${report.loadAverage.start[0].toFixed(1)} → ${report.loadAverage.end[0].toFixed(1)})`);
  if (report.failures.length) {
    console.error(`\nThe run failed:\n${report.failures.join('\n')}`);
    process.exit(1);
  }
  if (SCALES.includes(10) && ROUNDS >= 5 && !ONLY) {
    writeReadmeTable(ROOT, file);
    log('README.md: Performance table regenerated from it.');
  } else log('README.md left as it is (a full run is scale 10 with at least 5 rounds and every row).');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
