import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase } from '@mieux/service-kit/testing';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts dist/main.js as a team deploying this service alone would, and stops it with SIGTERM. */
async function startAndStop(env: Record<string, string>): Promise<number | null> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(__dirname, '..', 'dist', 'main.js')], { env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', PORT: String(port), ...env }, stdio: 'inherit' });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + 30_000;
  let ready = false;
  while (!ready && Date.now() < deadline && child.exitCode === null) {
    ready = await fetch(`http://127.0.0.1:${port}/ready`).then((r) => r.ok, () => false);
    if (!ready) await new Promise((r) => setTimeout(r, 200));
  }
  expect(ready).toBe(true);
  expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
  child.kill('SIGTERM');
  return exited;
}

describe('the requests service alone', () => {
  it('starts on MySQL, creating and migrating its database, and stops cleanly', async () => {
    const database = await createTestDatabase('requests_alone');
    await database.drop();
    try {
      expect(await startAndStop({ DATABASE_URL: database.databaseUrl, DATABASE_NAME: database.databaseName })).toBe(0);
    } finally {
      await database.drop();
    }
  });

  it('starts on the embedded database and stops cleanly', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mieux-requests-'));
    try {
      expect(await startAndStop({ DATA_DIR: dataDir })).toBe(0);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
