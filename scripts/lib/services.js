// What `npm start` and `npm run seed` share: building, starting service processes, reading their logs.
const { spawn, spawnSync } = require('node:child_process');
const { join } = require('node:path');
const readline = require('node:readline');

const ROOT = join(__dirname, '..', '..');
const SUBGRAPHS = [
  { name: 'requests', port: 4001 },
  { name: 'actions', port: 4002 },
  { name: 'experts', port: 4003 },
  { name: 'monitoring', port: 4004 },
];
const GATEWAY = { name: 'gateway', port: 4000 };

/** Builds every workspace (cached by turbo) and composes the supergraph; exits on failure. */
function buildAndCompose() {
  console.log('Building the workspaces (turbo, cached)…');
  run('npx', ['turbo', 'run', 'build', '--output-logs=errors-only']);
  console.log('Composing the supergraph…');
  run(process.execPath, [join(ROOT, 'packages', 'supergraph', 'dist', 'compose-cli.js')]);
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n${command} ${args.join(' ')} failed`);
    process.exit(result.status ?? 1);
  }
}

/**
 * Starts a service process; every JSON log line it prints is handed to `onLog`, anything else to
 * `onText`. Resolves its exit code through `exited`.
 */
function startService(name, env, { onLog, onText }) {
  const child = spawn(process.execPath, [join(ROOT, 'apps', name, 'dist', 'main.js')], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 0 : 1))));
  return { name, child, exited };
}

/** Polls `/ready` until it answers 200, the process exits, or the time is up. */
async function waitReady(service, port, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  service.exited.then(() => (exited = true));
  while (Date.now() < deadline && !exited) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/ready`, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

/** Stops processes with SIGTERM (they finish calls in flight), then SIGKILL after the grace period. */
async function stopAll(services, graceMs = 25_000) {
  for (const s of services) if (s.child.exitCode === null) s.child.kill('SIGTERM');
  const timer = setTimeout(() => services.forEach((s) => s.child.exitCode === null && s.child.kill('SIGKILL')), graceMs);
  await Promise.all(services.map((s) => s.exited));
  clearTimeout(timer);
}

module.exports = { ROOT, SUBGRAPHS, GATEWAY, buildAndCompose, startService, waitReady, stopAll };
