// @ts-check
// The processes the bench measures: the demo portfolio loaded into MySQL, the subgraphs (the portfolio
// read model last, ready once it has caught up with the others' events) and our
// gateway as they run in production (NODE_ENV=production, the registry's NODE_OPTIONS), Hive Gateway's
// runtime and the direct-SQL baseline. Required only after the build (the kit's dist must exist).
const { spawn, spawnSync } = require('node:child_process');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { connectToServer, DEVELOPMENT_SECRETS } = require('@mieux/service-kit');
const { freePort } = require('@mieux/service-kit/testing');
const { SUBGRAPH_NAMES, NODE_OPTIONS } = require('@mieux/service-kit/registry');

const ROOT = join(__dirname, '..');
const DATABASE_URL = process.env.TEST_DATABASE_URL || 'mysql://root@127.0.0.1:3306';
/** The subgraph that answers from the others' events: started after them. */
const READ_MODEL = 'portfolio';

/** What production changes for every process, with the development secrets the bench signs with. */
const PRODUCTION = {
  NODE_ENV: 'production',
  NODE_OPTIONS,
  HOST: '127.0.0.1',
  AUTH_JWT_SECRET: DEVELOPMENT_SECRETS.authJwtSecret,
  SUBGRAPH_SECRET: DEVELOPMENT_SECRETS.subgraphSecret,
  LOG_LEVEL: 'warn',
};

/**
 * @param {string} name
 * @param {string} script
 * @param {Record<string, string>} env
 */
function start(name, script, env) {
  const child = spawn(process.execPath, [script], { cwd: ROOT, env: { PATH: process.env.PATH, ...PRODUCTION, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  /** @type {string[]} */
  const output = [];
  child.stdout.on('data', (c) => output.push(String(c)));
  child.stderr.on('data', (c) => output.push(String(c)));
  return { name, child, output };
}

/** @param {string} url @param {ReturnType<typeof start>} proc @param {number} [seconds] */
async function waitFor(url, proc, seconds = 120) {
  for (let i = 0; i < seconds * 5; i += 1) {
    if (proc.child.exitCode !== null) throw new Error(`${proc.name} exited:\n${proc.output.join('')}`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${proc.name} not ready`);
}

/** @param {Array<ReturnType<typeof start>>} procs */
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

/** @param {number|undefined} pid */
const rssOf = (pid) => Number((Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024).toFixed(1));

/** CPU time (user and system) a process has used, in ms (Linux's /proc, clock ticks of 10 ms). */
const cpuOf = (/** @type {number|undefined} */ pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
    .replace(/^.*\) /, '')
    .split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

/**
 * Loads `scale` copies of the demo portfolio into fresh databases, each service through its own migrations.
 * @param {number} scale
 * @param {Record<string, string>} databases
 * @param {(line: string) => void} log
 */
async function seed(scale, databases, log) {
  const services = SUBGRAPH_NAMES.filter((s) => s in databases);
  const admin = await connectToServer(DATABASE_URL);
  for (const name of Object.values(databases)) await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
  await admin.end();
  log(`Loading ${scale}× the demo portfolio into MySQL…`);
  for (const service of services) {
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

/**
 * Waits until every consumer of the services started has taken in its producers' events of the demo
 * load: a consumer still catching up spends its process's CPU on events in the measured window, and
 * an expert card not yet copied is asked of the experts service at each request.
 * @param {string[]} services
 * @param {Record<string, number>} ports
 */
async function catchUp(services, ports) {
  const caughtUp = async (/** @type {string} */ s) => {
    const { events } = await (await fetch(`http://127.0.0.1:${ports[s]}/ready`)).json();
    // Only the consumers of the services started: the others' producers are not there to answer.
    const consumers = (events?.consumers ?? []).filter((/** @type {{ producer: string }} */ c) => services.includes(c.producer));
    return consumers.every((/** @type {{ lag: number|null }} */ c) => c.lag === 0);
  };
  for (let i = 0; !(await Promise.all(services.map(caughtUp))).every(Boolean); i += 1) {
    if (i > 900) throw new Error('the subgraphs did not catch up with the events of the demo load in 15 minutes');
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/** Hive Gateway in front of the subgraphs at `urls`, on `port`; `hiveAnswers` waits until it answers GraphQL. */
const startHive = (/** @type {number} */ port, /** @type {Record<string, string>} */ urls) =>
  start('hive', join(__dirname, 'hive-gateway.js'), { PORT: String(port), SUBGRAPH_URLS: JSON.stringify(urls) });
const hiveAnswers = (/** @type {number} */ port, /** @type {ReturnType<typeof start>} */ hive) =>
  waitFor(`http://127.0.0.1:${port}/graphql?query=%7B__typename%7D`, hive);

/**
 * Every process of one scale, started and ready. `stop()` ends them all.
 * @param {number} scale
 * @param {(line: string) => void} log
 */
async function startAll(scale, log) {
  const prefix = process.env.BENCH_DATABASE_PREFIX || 'mieux_bench';
  const databases = Object.fromEntries(SUBGRAPH_NAMES.map((s) => [s, `${prefix}_${s}_x${scale}`]));
  await seed(scale, databases, log);
  const names = [...SUBGRAPH_NAMES, 'gateway', 'hive', 'baseline'];
  const ports = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await freePort()])));
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map((s) => [s, `http://127.0.0.1:${ports[s]}/graphql`]));
  const urlEnv = Object.fromEntries(SUBGRAPH_NAMES.map((s) => [`${s.toUpperCase()}_URL`, urls[s]]));
  const subgraph = (/** @type {string} */ s) =>
    start(s, join(ROOT, 'apps', s, 'dist', 'main.js'), { PORT: String(ports[s]), DATABASE_URL, DATABASE_NAME: databases[s], ...urlEnv });
  // The read model starts once its producers answer, and is ready once it has caught up with their events.
  const procs = SUBGRAPH_NAMES.filter((s) => s !== READ_MODEL).map(subgraph);
  try {
    await Promise.all(procs.map((p) => waitFor(`http://127.0.0.1:${ports[p.name]}/ready`, p)));
    const started = Date.now();
    const readModel = subgraph(READ_MODEL);
    procs.push(readModel);
    await waitFor(`http://127.0.0.1:${ports[READ_MODEL]}/ready`, readModel, 900);
    log(`  ${READ_MODEL} caught up with the events of the demo load in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await catchUp(SUBGRAPH_NAMES, ports);
    log(`  every consumer caught up in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const gateway = start('gateway', join(ROOT, 'apps', 'gateway', 'dist', 'main.js'), { PORT: String(ports.gateway), ...urlEnv });
    const hive = startHive(ports.hive, urls);
    const baseline = start('baseline', join(__dirname, 'baseline.js'), { PORT: String(ports.baseline), DATABASE_URL, DATABASES: JSON.stringify(databases) });
    procs.push(gateway, hive, baseline);
    await Promise.all([
      waitFor(`http://127.0.0.1:${ports.gateway}/ready`, gateway),
      hiveAnswers(ports.hive, hive),
      waitFor(`http://127.0.0.1:${ports.baseline}/`, baseline),
    ]);
  } catch (error) {
    await stop(procs);
    throw error;
  }
  return {
    ports,
    urls: {
      ...urls,
      ours: `http://127.0.0.1:${ports.gateway}/graphql`,
      hive: `http://127.0.0.1:${ports.hive}/graphql`,
      'direct SQL': `http://127.0.0.1:${ports.baseline}/`,
    },
    rss: () => Object.fromEntries(procs.map((p) => [p.name, rssOf(p.child.pid)])),
    cpu: () => Object.fromEntries(procs.map((p) => [p.name, cpuOf(p.child.pid)])),
    stop: () => stop(procs),
  };
}

/**
 * Some subgraphs of one scale and our gateway in front of them (no read model or baseline; Hive Gateway
 * too with `hive`), started and ready, each subgraph's consumers caught up with the events of the demo load.
 * @param {number} scale
 * @param {string[]} services
 * @param {(line: string) => void} log
 * @param {{ hive?: boolean }} [options]
 */
async function startSome(scale, services, log, { hive = false } = {}) {
  const prefix = process.env.BENCH_DATABASE_PREFIX || 'mieux_bench';
  const databases = Object.fromEntries(services.map((s) => [s, `${prefix}_${s}_x${scale}`]));
  await seed(scale, databases, log);
  const ports = Object.fromEntries(await Promise.all([...services, 'gateway'].map(async (n) => [n, await freePort()])));
  const urls = Object.fromEntries(services.map((s) => [s, `http://127.0.0.1:${ports[s]}/graphql`]));
  const urlEnv = Object.fromEntries(services.map((s) => [`${s.toUpperCase()}_URL`, urls[s]]));
  const procs = services.map((s) =>
    start(s, join(ROOT, 'apps', s, 'dist', 'main.js'), { PORT: String(ports[s]), DATABASE_URL, DATABASE_NAME: databases[s], ...urlEnv }),
  );
  try {
    await Promise.all(procs.map((p) => waitFor(`http://127.0.0.1:${ports[p.name]}/ready`, p)));
    await catchUp(services, ports);
    const gateway = start('gateway', join(ROOT, 'apps', 'gateway', 'dist', 'main.js'), { PORT: String(ports.gateway), ...urlEnv });
    procs.push(gateway);
    await waitFor(`http://127.0.0.1:${ports.gateway}/ready`, gateway);
    if (hive) {
      ports.hive = await freePort();
      const hiveGateway = startHive(ports.hive, urls);
      procs.push(hiveGateway);
      await hiveAnswers(ports.hive, hiveGateway);
    }
  } catch (error) {
    await stop(procs);
    throw error;
  }
  return {
    ports,
    urls: { ...urls, ours: `http://127.0.0.1:${ports.gateway}/graphql`, ...(hive ? { hive: `http://127.0.0.1:${ports.hive}/graphql` } : {}) },
    pids: Object.fromEntries(procs.map((p) => [p.name, p.child.pid])),
    stop: () => stop(procs),
  };
}

module.exports = { startAll, startSome, cpuOf, DATABASE_URL, ROOT };
