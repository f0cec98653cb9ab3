#!/usr/bin/env node
// `node bench/profile.js [--scale 1] [--headline portfolio-all] [--seconds 10]` (after `npm run build`): every
// process of the bench started with `--cpu-prof`, one workload sent to our gateway for some seconds as the bench
// sends it (10 connections, distinct callers), then each process's CPU in that window summarised: busy time,
// share by package, the functions with the most self time, and each process's CPU time per request (from /proc,
// which a loaded machine inflates less than the profiles' busy time). The profiles stay in a temporary directory.
const { mkdtempSync, readdirSync, readFileSync } = require('node:fs');
const os = require('node:os');
const { join } = require('node:path');
const registry = require('@mieux/service-kit/registry');

const option = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const dir = mkdtempSync(join(os.tmpdir(), 'mieux-profile-'));
// Read by processes.js when it loads: every process it starts writes its profile on exit.
registry.NODE_OPTIONS = `${registry.NODE_OPTIONS} --cpu-prof --cpu-prof-dir=${dir}`;
const autocannon = require('autocannon');
const { SignJWT } = require('jose');
const { DEVELOPMENT_SECRETS } = require('@mieux/service-kit');
const { startAll } = require('./processes');
const { workloads } = require('./workloads');

/** Busy time, share by package and top functions by self time, over the last `seconds` of a profile. */
function summarise(file, seconds) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  let t = profile.startTime;
  const self = new Map();
  const packages = new Map();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i];
    const frame = nodes.get(id);
    if (t < profile.endTime - seconds * 1e6 || frame.functionName === '(idle)') return;
    const dt = profile.timeDeltas[i];
    busy += dt;
    const where = /node_modules\/(@[^/]+\/[^/]+|[^/]+)/.exec(frame.url)?.[1] ?? (/(packages|apps)\/[^/]+/.exec(frame.url)?.[0] || 'node and native');
    packages.set(where, (packages.get(where) ?? 0) + dt);
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.replace(/.*node_modules\//, '')}:${frame.lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + dt);
  });
  const top = (map, n) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${k} ${((100 * v) / busy).toFixed(1)}%`);
  return {
    process: /(apps\/[a-z]+|bench\/[a-z-]+\.js)/.exec(readFileSync(file, 'utf8'))?.[1] ?? file,
    busySeconds: Number((busy / 1e6).toFixed(1)),
    packages: top(packages, 8),
    functions: top(self, 10),
  };
}

(async () => {
  const seconds = Number(option('--seconds', '10'));
  const graph = await startAll(Number(option('--scale', '1')), (line) => process.stdout.write(`${line}\n`));
  let result;
  let cpu;
  try {
    const key = new TextEncoder().encode(DEVELOPMENT_SECRETS.authJwtSecret);
    const tokens = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        new SignJWT({ roles: ['ADMIN'] }).setProtectedHeader({ alg: 'HS256' }).setSubject(`profile-${i}@example.org`).setExpirationTime('1h').sign(key),
      ),
    );
    const workload = workloads(['-']).find((w) => w.headline === option('--headline', 'portfolio-all'));
    const bodies = workload.variables.map((variables) => JSON.stringify({ query: workload.query, variables }));
    let connection = 0;
    const cpuBefore = graph.cpu();
    result = await autocannon({
      url: graph.urls.ours,
      connections: 10,
      duration: seconds,
      setupClient(client) {
        const caller = connection;
        let next = connection++;
        const headers = { 'content-type': 'application/json', authorization: `Bearer ${tokens[caller]}` };
        client.setRequests([{ method: 'POST', setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length], headers }) }]);
      },
    });
    const cpuAfter = graph.cpu();
    cpu = Object.fromEntries(Object.keys(cpuAfter).map((name) => [name, Math.round((cpuAfter[name] - cpuBefore[name]) / Math.max(1, result.requests.total))]));
  } finally {
    await graph.stop();
  }
  process.stdout.write(`${result.requests.total} requests (${result.non2xx} non-2xx, ${result.errors} errors), p50 ${result.latency.p50} ms\n`);
  process.stdout.write(
    `CPU per request (ms, from /proc): ${JSON.stringify(cpu)}; load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}\n`,
  );
  for (const file of readdirSync(dir)) process.stdout.write(`${JSON.stringify(summarise(join(dir, file), seconds + 1), null, 1)}\n`);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
