import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually, firstEphemeralPort, freePortBase, isAlive, killLeftovers, placeServices, portIsFree, ROOT, runCommand } from './run';

const START = join(ROOT, 'scripts', 'start.js');
let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'mieux-start-'));
});
afterEach(() => {
  killLeftovers();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('is given, in tests, a PORT_BASE whose every port it takes is free and below the ones outgoing connections may take', async () => {
    const bases = await Promise.all(Array.from({ length: 20 }, () => freePortBase()));
    for (const base of bases) {
      const ports = placeServices(base);
      expect(ports.map(({ name }) => name).sort()).toEqual([
        'actions',
        'catcher',
        'experts',
        'gateway',
        'monitoring',
        'notifier',
        'portal',
        'portfolio',
        'requests',
      ]);
      expect(Math.max(...ports.map(({ port }) => port))).toBeLessThan(firstEphemeralPort());
    }
  });

  it('names a busy port and exits non-zero before starting anything, never saying ready', async () => {
    const base = await freePortBase();
    const squatter: Server = createServer();
    await new Promise<void>((resolve) => squatter.listen(base + 2, '127.0.0.1', resolve));
    try {
      const start = runCommand(process.execPath, [START], { PORT_BASE: String(base), DATA_DIR: dataDir });
      expect(await start.exited).toBe(1);
      expect(start.output()).toContain(`port ${base + 2} (actions) already in use`);
      expect(start.output()).not.toMatch(/is ready|ready at/i);
      expect(start.output()).not.toContain('Building');
      expect(readdirSync(dataDir)).toEqual([]);
    } finally {
      squatter.close();
    }
  });

  it('reloads from scratch the demo portfolio a killed first start left half loaded, and answers the factsheet', async () => {
    const base = await freePortBase();
    const env = { PORT_BASE: String(base), DATA_DIR: dataDir };

    const first = runCommand(process.execPath, [START], env);
    await first.waitFor(/\[\w+\] loading the demo portfolio: (\d+)\/(\d+)/, 180_000, ([, done, total]) => Number(done) < Number(total));
    first.signalGroup('SIGKILL');
    await first.exited;
    await eventually(async () => (await Promise.all([0, 1, 2, 3, 4, 7].map((i) => portIsFree(base + i)))).every(Boolean));
    for (const file of readdirSync(dataDir).filter((f) => f.endsWith('.sqlite'))) {
      expect({ file, empty: statSync(join(dataDir, file)).size === 0 }).toEqual({ file, empty: false });
    }

    const second = runCommand(process.execPath, [START], env);
    try {
      await second.waitFor(/The MIEUX graph is ready at http:\/\/localhost:(\d+)\/graphql/);
      expect(second.output()).toMatch(/\[\w+\] warn: an earlier load of the demo portfolio was interrupted/);
      const response = await fetch(`http://127.0.0.1:${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: '{ portfolio(filter: { from: "2009-01-01", to: "2019-12-31" }) { actions activities participants policiesSupported expertsDeployed } }',
        }),
      });
      expect(await response.json()).toEqual({
        data: { portfolio: { actions: 109, activities: 598, participants: 12_466, policiesSupported: 19, expertsDeployed: 340 } },
      });
      // The portal is served beside the graph, its address printed, its configuration pointing at this graph.
      expect(second.output()).toContain(`The MIEUX+ portal is at http://localhost:${base + 5}/`);
      expect(await (await fetch(`http://127.0.0.1:${base + 5}/fr/request`)).text()).toMatch(/<div id="root">/);
      expect(await (await fetch(`http://127.0.0.1:${base + 5}/config.json`)).json()).toMatchObject({
        graphUrl: `http://localhost:${base}/graphql`,
        devSignIn: true,
      });
    } finally {
      second.child.kill('SIGTERM');
    }
    expect(await second.exited).toBe(0);
    expect(await Promise.all([0, 1, 2, 3, 4, 5, 7].map((i) => portIsFree(base + i)))).toEqual([true, true, true, true, true, true, true]);
  }, 420_000);
});

describe('npm start -w apps/<service>', () => {
  it('stops the service itself on SIGTERM: no node process is left holding the port', async () => {
    const base = await freePortBase();
    const start = runCommand('npm', ['start', '-w', 'apps/experts'], { PORT: String(base), DATA_DIR: dataDir });
    try {
      await start.waitFor(/experts subgraph ready/, 60_000);
      const ready = (await (await fetch(`http://127.0.0.1:${base}/ready`)).json()) as { service: string; pid: number };
      expect(ready.service).toBe('experts');
      start.child.kill('SIGTERM');
      await start.exited;
      await eventually(() => !isAlive(ready.pid));
      expect(await portIsFree(base)).toBe(true);
    } finally {
      start.signalGroup('SIGKILL');
    }
  }, 90_000);

  it('runs node itself in every service start script, so signals reach it', () => {
    for (const service of ['gateway', 'requests', 'actions', 'experts', 'monitoring', 'notifier']) {
      const { scripts } = JSON.parse(readFileSync(join(ROOT, 'apps', service, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
      expect({ service, start: scripts.start }).toEqual({ service, start: 'exec node --max-semi-space-size=64 dist/main.js' });
    }
  });
});
