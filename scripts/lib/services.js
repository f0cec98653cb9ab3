// What `npm start` and `npm run seed` share: ports, building, starting service processes, reading their logs.
const { spawn } = require('node:child_process');
const { createServer } = require('node:net');
const { join } = require('node:path');
const readline = require('node:readline');

const ROOT = join(__dirname, '..', '..');
const DEFAULT_PORT_BASE = 4000;
/** The graph's processes, each at its offset from the gateway's port (PORT_BASE). */
const SUBGRAPHS = [
  { name: 'requests', offset: 1 },
  { name: 'actions', offset: 2 },
  { name: 'experts', offset: 3 },
  { name: 'monitoring', offset: 4 },
  { name: 'portfolio', offset: 7 },
];
const GATEWAY = { name: 'gateway', offset: 0 };
/** What `npm start` runs beside the graph: the portal, the notifier, and the SMTP catcher the notifier writes to in development (the kit's default SMTP_URL). */
const COMPANIONS = [
  { name: 'portal', offset: 5 },
  { name: 'notifier', offset: 6 },
  { name: 'catcher', offset: 25 },
];
/** The highest offset taken from PORT_BASE. */
const LAST_OFFSET = Math.max(...[...SUBGRAPHS, GATEWAY, ...COMPANIONS].map(({ offset }) => offset));

/** PORT_BASE from the environment (the gateway's port; subgraphs at +1…+4, the portfolio at +7), or null with a message when wrong. */
function portBaseOf(env = process.env) {
  if (env.PORT_BASE === undefined || env.PORT_BASE === '') return { portBase: DEFAULT_PORT_BASE };
  const portBase = Number(env.PORT_BASE);
  if (!Number.isInteger(portBase) || portBase < 1 || portBase > 65535 - LAST_OFFSET) {
    return {
      error: `PORT_BASE must be a whole number from 1 to ${65535 - LAST_OFFSET} (the gateway's port; the subgraphs, the portal, the notifier and the portfolio take the next seven, the notifier's mail catcher +${LAST_OFFSET}), not "${env.PORT_BASE}"`,
    };
  }
  return { portBase };
}

/** Each process `npm start` runs, with its port in the graph at `portBase`. */
function placeServices(portBase) {
  return [...SUBGRAPHS, GATEWAY, ...COMPANIONS].map(({ name, offset }) => ({ name, port: portBase + offset }));
}

/** Whether nothing listens on the port: we can listen on it ourselves, on every interface, as the services do. */
function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, host: '0.0.0.0', exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

/** The services whose port is taken. */
async function busyPorts(services) {
  const free = await Promise.all(services.map(({ port }) => portIsFree(port)));
  return services.filter((_, i) => !free[i]);
}

/** Children started here, stopped together on a signal. */
const children = new Set();

/** Sends a signal to a child, to its whole process group when it leads one (turbo runs its own children). */
function signal(child, name) {
  try {
    if (child.leadsGroup) process.kill(-child.pid, name);
    else child.kill(name);
  } catch {
    // already gone
  }
}

/** Builds every workspace (cached by turbo) and composes the supergraph; rejects on failure. */
async function buildAndCompose() {
  console.log('Building the workspaces (turbo, cached)…');
  await run('npx', ['turbo', 'run', 'build', '--output-logs=errors-only']);
  console.log('Composing the supergraph…');
  await run(process.execPath, [join(ROOT, 'packages', 'supergraph', 'dist', 'compose-cli.js')]);
}

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawnGroup(command, args);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `code ${code}`})`));
    });
  });
}

/** `turbo watch build`: rebuilds a workspace, and those using it, when its sources change (`npm run dev`). */
function watchBuild() {
  return spawnGroup('npx', ['turbo', 'watch', 'build', '--output-logs=errors-only']);
}

/** A command in its own process group, so that stopping it stops what it started. */
function spawnGroup(command, args) {
  const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', detached: true });
  child.leadsGroup = true;
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

/**
 * Starts a service process; every JSON log line it prints is handed to `onLog`, anything else to
 * `onText`. Resolves its exit code through `exited`.
 */
function startService(name, env, { onLog, onText, watch = false, main = join(ROOT, 'apps', name, 'dist', 'main.js') }) {
  // With --watch, node restarts the service when a file it loaded changes (its dist, the kit's, the domain's).
  // The registry's V8 options, as production runs them (read after the build: the kit exists by then).
  // NODE_ENV stays the caller's: `npm start` is the development graph (embedded databases, the landing
  // page, development tokens), which production mode would refuse.
  const { NODE_OPTIONS } = require('@mieux/service-kit/registry');
  const child = spawn(process.execPath, watch ? ['--watch', main] : [main], {
    cwd: ROOT,
    env: { ...process.env, NODE_OPTIONS: [process.env.NODE_OPTIONS, NODE_OPTIONS].filter(Boolean).join(' '), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: stream }).on('line', (line) => {
      let entry = null;
      try {
        entry = JSON.parse(line);
      } catch {
        // not a log line
      }
      if (entry && typeof entry === 'object') onLog(name, entry);
      else if (line.trim()) onText(name, line);
    });
  }
  const exited = new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      children.delete(child);
      resolve(code ?? (signal ? 0 : 1));
    }),
  );
  return { name, child, exited, watch };
}

/**
 * Polls `/ready` until the service answers 200 as itself (its name, and this child's process id; under
 * node --watch the service is the child's child), the process exits, or the time is up. Resolves
 * `{ ready }`, with the reason when not ready.
 */
async function waitReady(service, port, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  service.exited.then(() => (exited = true));
  let stranger = null;
  while (Date.now() < deadline && !exited) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/ready`, { signal: AbortSignal.timeout(1000) });
      const body = await response.json().catch(() => ({}));
      if (body.service === service.name && (service.watch || body.pid === service.child.pid)) {
        if (response.ok) return { ready: true };
      } else {
        stranger = `port ${port} answers as ${body.service ?? 'something else'}${body.pid ? ` (process ${body.pid})` : ''}, not as this start's ${service.name}`;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  if (exited) return { ready: false, reason: `${service.name} exited before it was ready${stranger ? `; ${stranger}` : ''}` };
  return { ready: false, reason: stranger ?? `${service.name} was not ready after ${Math.round(timeoutMs / 1000)} s` };
}

/**
 * Stops every child started here with SIGTERM (services finish calls in flight), then SIGKILL after
 * the grace period, and resolves once they have all exited.
 */
async function stopAll(graceMs = 25_000) {
  const running = [...children].filter((child) => child.exitCode === null && child.signalCode === null);
  const exits = running.map((child) => new Promise((resolve) => child.once('exit', resolve)));
  for (const child of running) signal(child, 'SIGTERM');
  const timer = setTimeout(() => running.forEach((child) => child.exitCode === null && signal(child, 'SIGKILL')), graceMs);
  await Promise.all(exits);
  clearTimeout(timer);
}

module.exports = {
  ROOT,
  SUBGRAPHS,
  GATEWAY,
  LAST_OFFSET,
  DEFAULT_PORT_BASE,
  portBaseOf,
  placeServices,
  portIsFree,
  busyPorts,
  buildAndCompose,
  watchBuild,
  startService,
  waitReady,
  stopAll,
};
