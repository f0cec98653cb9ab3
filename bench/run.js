#!/usr/bin/env node
// `npm run bench -- [--scale 1,10] [--duration 6]`: the federation tax, measured side by side on the
// demo portfolio in MySQL (TEST_DATABASE_URL): our Apollo Gateway, Hive Gateway, a direct-SQL
// baseline, and each subgraph alone. Prints a table and writes bench/results/<date>.json.
const { spawn, spawnSync } = require('node:child_process');
const { readFileSync, writeFileSync, mkdirSync } = require('node:fs');
const { join } = require('node:path');
const autocannon = require('autocannon');
const { SignJWT } = require('jose');
const { connectToServer, DEVELOPMENT_SECRETS, IDENTITY_HEADER, signIdentity } = require('@mieux/service-kit');
const { freePort } = require('@mieux/service-kit/testing');
const { EXPLORER, PORTFOLIO, MATCHING, DIRECT } = require('./workloads');

const ROOT = join(__dirname, '..');
const { SUBGRAPH_NAMES: SUBGRAPHS } = require('@mieux/service-kit/registry');
const DATABASE_URL = process.env.TEST_DATABASE_URL || 'mysql://root@127.0.0.1:3306';
const ADMIN = { sub: 'bench@example.org', roles: ['ADMIN'], expertId: null };
const option = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const SCALES = option('--scale', '1,10').split(',').map(Number);
const DURATION = Number(option('--duration', '6'));
const CONNECTIONS = 10;
const log = (line) => process.stdout.write(`${line}\n`);

function start(name, script, env) {
  const child = spawn(process.execPath, [script], { cwd: ROOT, env: { PATH: process.env.PATH, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = [];
  child.stdout.on('data', (c) => output.push(String(c)));
  child.stderr.on('data', (c) => output.push(String(c)));
  return { name, child, output };
}

async function waitFor(url, proc) {
  for (let i = 0; i < 600; i += 1) {
    if (proc.child.exitCode !== null) throw new Error(`${proc.name} exited:\n${proc.output.join('')}`);
    if (
      await fetch(url).then(
        () => true,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${proc.name} not ready`);
}

const stop = (procs) =>
  Promise.all(
    procs.map((p) =>
      p.child.exitCode !== null
        ? null
        : new Promise((r) => {
            p.child.once('exit', r);
            p.child.kill('SIGTERM');
          }),
    ),
  );
const rssOf = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

async function seed(scale, databases) {
  const admin = await connectToServer(DATABASE_URL);
  for (const name of Object.values(databases)) await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
  await admin.end();
  log(`Loading ${scale}× the demo portfolio into MySQL…`);
  for (const service of SUBGRAPHS) {
    const started = Date.now();
    const run = spawnSync(process.execPath, [join(ROOT, 'apps', service, 'dist', 'main.js')], {
      env: {
        PATH: process.env.PATH,
        LOG_LEVEL: 'warn',
        DATABASE_URL,
        DATABASE_NAME: databases[service],
        SEED_DEMO: 'true',
        MIGRATE_ONLY: 'true',
        DEMO_SCALE: String(scale),
      },
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`${service} could not load the demo: ${run.stderr}`);
    log(`  ${service.padEnd(10)} loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

async function statementsOf(ports) {
  const counts = await Promise.all(
    SUBGRAPHS.map(async (s) =>
      Number(/^mieux_sql_statements_total\{[^}]*\} (\d+)$/m.exec(await (await fetch(`http://127.0.0.1:${ports[s]}/metrics`)).text())[1]),
    ),
  );
  return counts.reduce((a, b) => a + b, 0);
}

/** Headers of a target: fixed, or signed for the body (a subgraph called directly, as the gateway signs). */
const headersFor = (headers, body) => (typeof headers === 'function' ? headers(body) : headers);
const signedForBody = (body) => ({ [IDENTITY_HEADER]: signIdentity(ADMIN, DEVELOPMENT_SECRETS.subgraphSecret, body) });

async function post(url, headers, query, variables) {
  const body = JSON.stringify({ query, variables });
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headersFor(headers, body) }, body });
  const answer = await response.json();
  if (answer.errors) throw new Error(`${url}: ${JSON.stringify(answer.errors).slice(0, 300)}`);
  return answer.data;
}

/** Throughput and latency percentiles at fixed concurrency, after a warm-up. */
async function measure(url, headers, query, variables) {
  // A signed identity lives 30 s and is bound to the body: each run (2 s + DURATION) signs its own.
  const body = JSON.stringify({ query, variables });
  const options = { url, method: 'POST', headers: { 'content-type': 'application/json', ...headersFor(headers, body) }, body, connections: CONNECTIONS };
  await autocannon({ ...options, duration: 2 });
  const latencies = [];
  const run = autocannon({ ...options, duration: DURATION });
  run.on('response', (_client, _status, _bytes, time) => latencies.push(time));
  const result = await run;
  latencies.sort((a, b) => a - b);
  const at = (p) => Number((latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0).toFixed(1));
  return { rps: Math.round(result.requests.average), p50: at(50), p95: at(95), p99: at(99), errors: result.errors + result.non2xx };
}

async function benchScale(scale) {
  const databases = Object.fromEntries(SUBGRAPHS.map((s) => [s, `mieux_bench_${s}_x${scale}`]));
  await seed(scale, databases);
  const ports = Object.fromEntries(await Promise.all([...SUBGRAPHS, 'gateway', 'hive', 'baseline'].map(async (n) => [n, await freePort()])));
  const urls = Object.fromEntries(SUBGRAPHS.map((s) => [s, `http://127.0.0.1:${ports[s]}/graphql`]));
  const urlEnv = Object.fromEntries(SUBGRAPHS.map((s) => [`${s.toUpperCase()}_URL`, urls[s]]));
  const procs = SUBGRAPHS.map((s) =>
    start(s, join(ROOT, 'apps', s, 'dist', 'main.js'), { PORT: String(ports[s]), DATABASE_URL, DATABASE_NAME: databases[s], ...urlEnv }),
  );
  try {
    await Promise.all(procs.map((p) => waitFor(`http://127.0.0.1:${ports[p.name]}/ready`, p)));
    const gateway = start('gateway', join(ROOT, 'apps', 'gateway', 'dist', 'main.js'), { PORT: String(ports.gateway), ...urlEnv });
    const hive = start('hive', join(__dirname, 'hive-gateway.js'), {
      PORT: String(ports.hive),
      SUBGRAPH_URLS: JSON.stringify(urls),
      IDENTITY: JSON.stringify(ADMIN),
    });
    const baseline = start('baseline', join(__dirname, 'baseline.js'), { PORT: String(ports.baseline), DATABASE_URL, DATABASES: JSON.stringify(databases) });
    procs.push(gateway, hive, baseline);
    await Promise.all([
      waitFor(`http://127.0.0.1:${ports.gateway}/health`, gateway),
      waitFor(`http://127.0.0.1:${ports.hive}/graphql?query=%7B__typename%7D`, hive),
      waitFor(`http://127.0.0.1:${ports.baseline}/`, baseline),
    ]);
    const token = await new SignJWT({ roles: ['ADMIN'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(ADMIN.sub)
      .setExpirationTime('2h')
      .sign(new TextEncoder().encode(DEVELOPMENT_SECRETS.authJwtSecret));
    const ours = { url: `http://127.0.0.1:${ports.gateway}/graphql`, headers: { authorization: `Bearer ${token}` } };
    const theirs = { url: `http://127.0.0.1:${ports.hive}/graphql`, headers: {} };
    const floor = { url: `http://127.0.0.1:${ports.baseline}/`, headers: {} };

    const statements = {};
    for (const first of [10, 50, 100]) {
      const before = await statementsOf(ports);
      await post(ours.url, ours.headers, EXPLORER, { first });
      statements[first] = (await statementsOf(ports)) - before;
    }
    const ourPage = await post(ours.url, ours.headers, EXPLORER, { first: 50 });
    const floorPage = await post(floor.url, {}, EXPLORER, { first: 50 });
    const sameJson = JSON.stringify(ourPage) === JSON.stringify(floorPage);
    const hivePage = await post(theirs.url, {}, EXPLORER, { first: 50 });
    if (JSON.stringify(hivePage) !== JSON.stringify(ourPage)) throw new Error('Hive Gateway answers the explorer query differently');
    const activityId = (await post(urls.actions, signedForBody, '{ actions(first: 1) { edges { node { activities(first: 1) { id } } } } }')).actions.edges[0]
      .node.activities[0].id;

    const rssBefore = Object.fromEntries(procs.map((p) => [p.name, Number(rssOf(p.child.pid).toFixed(1))]));
    const filtered = { filter: { region: 'AFRICA', from: '2016-01-01' } };
    const runs = [
      ['explorer (50 Actions)', 'ours', ours, EXPLORER, { first: 50 }],
      ['explorer (50 Actions)', 'hive', theirs, EXPLORER, { first: 50 }],
      ['explorer (50 Actions)', 'direct SQL', floor, EXPLORER, { first: 50 }],
      ['portfolio, all', 'ours', ours, PORTFOLIO, {}],
      ['portfolio, all', 'hive', theirs, PORTFOLIO, {}],
      ['portfolio, Africa since 2016', 'ours', ours, PORTFOLIO, filtered],
      ['portfolio, Africa since 2016', 'hive', theirs, PORTFOLIO, filtered],
      ['matching', 'ours', ours, MATCHING, { id: activityId }],
      ['matching', 'hive', theirs, MATCHING, { id: activityId }],
      ...SUBGRAPHS.map((s) => [`${s} alone`, 'subgraph', { url: urls[s], headers: signedForBody }, DIRECT[s], s === 'monitoring' ? { id: activityId } : {}]),
    ];
    const results = [];
    for (const [workload, target, { url, headers }, query, variables] of runs) {
      // Only correct answers count: a target that answers with errors is not measured.
      await post(url, headers, query, variables);
      const figures = await measure(url, headers, query, variables);
      results.push({ workload, target, ...figures });
      log(
        `  ${workload.padEnd(30)} ${target.padEnd(10)} ${String(figures.rps).padStart(6)} req/s  p50 ${figures.p50} ms  p95 ${figures.p95} ms  p99 ${figures.p99} ms${figures.errors ? `  (${figures.errors} errors)` : ''}`,
      );
    }
    const rssAfter = Object.fromEntries(procs.map((p) => [p.name, Number(rssOf(p.child.pid).toFixed(1))]));
    return { scale, statementsPerExplorer: statements, explorerJsonIdenticalToBaseline: sameJson, results, rssMiB: { before: rssBefore, after: rssAfter } };
  } finally {
    await stop(procs);
  }
}

function ratio(results, workload, a, b) {
  const x = results.find((r) => r.workload === workload && r.target === a);
  const y = results.find((r) => r.workload === workload && r.target === b);
  return x && y ? { throughput: Number((x.rps / y.rps).toFixed(2)), p50: Number((x.p50 / y.p50).toFixed(2)) } : null;
}

async function main() {
  log(`Building (turbo, cached)…`);
  const build = spawnSync('npx', ['turbo', 'run', 'build', '--output-logs=errors-only'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(1);
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: require('node:os').cpus().length,
    durationSeconds: DURATION,
    connections: CONNECTIONS,
    scales: [],
  };
  for (const scale of SCALES) {
    log(`\nScale ${scale}`);
    const run = await benchScale(scale);
    run.ratios = {
      explorerOursOverHive: ratio(run.results, 'explorer (50 Actions)', 'ours', 'hive'),
      explorerOursOverDirectSql: ratio(run.results, 'explorer (50 Actions)', 'ours', 'direct SQL'),
    };
    log(`  SQL statements per explorer query, page 10/50/100: ${Object.values(run.statementsPerExplorer).join(' / ')}`);
    log(
      `  explorer ours/hive: throughput ×${run.ratios.explorerOursOverHive.throughput}, p50 ×${run.ratios.explorerOursOverHive.p50}; ours/direct SQL: throughput ×${run.ratios.explorerOursOverDirectSql.throughput}, p50 ×${run.ratios.explorerOursOverDirectSql.p50}`,
    );
    log(`  same JSON as the direct-SQL baseline: ${run.explorerJsonIdenticalToBaseline}`);
    log(
      `  RSS MiB before → after: ${Object.keys(run.rssMiB.before)
        .map((n) => `${n} ${run.rssMiB.before[n]}→${run.rssMiB.after[n]}`)
        .join(', ')}`,
    );
    report.scales.push(run);
  }
  mkdirSync(join(__dirname, 'results'), { recursive: true });
  const file = join(__dirname, 'results', `${report.date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  log(`\nWritten to ${file}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
