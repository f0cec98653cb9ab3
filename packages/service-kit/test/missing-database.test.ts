import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { freePort } from '../src/testing';

/**
 * The repository's root (where the shared Jest preset is) and the workspace as checked out, found by
 * walking up rather than from this file's place: Stryker runs this file from a copy of the workspace
 * (in its .stryker-tmp) that has no jest.config.js of its own and is deeper below the root.
 */
function repositoryRoot(from: string): string {
  if (existsSync(join(from, 'jest.preset.js'))) return from;
  if (dirname(from) === from) throw new Error(`no jest.preset.js above ${__dirname}`);
  return repositoryRoot(dirname(from));
}
const ROOT = repositoryRoot(__dirname);
const KIT = join(ROOT, 'packages', 'service-kit');

/** Runs this workspace's Jest on one test file, as `npm test` would, and reports how it ended. */
function runJest(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string; ms: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, [require.resolve('jest/bin/jest'), ...args], { cwd: KIT, env: { ...process.env, ...env } });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => chunks.push(c));
  child.stderr.on('data', (c: Buffer) => chunks.push(c));
  const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      clearTimeout(killer);
      resolve({ code, output: Buffer.concat(chunks).toString('utf8'), ms: Date.now() - started });
    }),
  );
}

describe('a test run without MySQL', () => {
  it('fails within a minute with the message that names the server, before any test file starts', async () => {
    const url = `mysql://root@127.0.0.1:${await freePort()}`;
    const run = await runJest(['test/subgraph-server.test.ts'], { TEST_DATABASE_URL: url });
    expect(run.code).not.toBe(0);
    expect(run.code).not.toBeNull();
    expect(run.ms).toBeLessThan(60_000);
    expect(run.output).toContain(`The tests need MySQL at ${url} (set TEST_DATABASE_URL) and could not reach it`);
    expect(run.output).not.toContain('test/subgraph-server.test.ts');
  }, 70_000);

  it('still fails and exits without the global check: cleanup does not stop servers that never started', async () => {
    const url = `mysql://root@127.0.0.1:${await freePort()}`;
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the shared preset is CommonJS
    const config = JSON.stringify({ ...require(join(ROOT, 'jest.preset.js')), rootDir: KIT });
    const run = await runJest(['--config', config, 'test/subgraph-server.test.ts'], { TEST_DATABASE_URL: url });
    expect(run.code).toBe(1);
    expect(run.ms).toBeLessThan(60_000);
    expect(run.output).toContain(`The tests need MySQL at ${url} (set TEST_DATABASE_URL) and could not reach it`);
    expect(run.output).not.toContain("Cannot read properties of undefined (reading 'close')");
  }, 70_000);
});
