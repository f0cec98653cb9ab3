import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase } from './database';
import { createServer } from 'node:net';

/** A free TCP port on the loopback interface. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface ProcessRun {
  /** Whether /ready answered 200 (and /health too) before the deadline. */
  ready: boolean;
  /** The exit code after SIGTERM. */
  exitCode: number | null;
}

/**
 * Starts a service's compiled main.js as an operator would, waits for it to be ready, stops it with
 * SIGTERM and reports how it went: the proof that a service starts and stops alone.
 */
export async function startAndStopProcess(mainJs: string, env: Record<string, string>, timeoutMs = 30_000): Promise<ProcessRun> {
  const port = await freePort();
  const child = spawn(process.execPath, [mainJs], { env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', PORT: String(port), ...env }, stdio: 'inherit' });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + timeoutMs;
  let ready = false;
  while (!ready && Date.now() < deadline && child.exitCode === null) {
    ready = await fetch(`http://127.0.0.1:${port}/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (!ready) await new Promise((r) => setTimeout(r, 200));
  }
  if (ready) ready = (await fetch(`http://127.0.0.1:${port}/health`)).ok;
  child.kill('SIGTERM');
  return { ready, exitCode: await exited };
}

/**
 * The tests every service carries: its compiled main.js starts alone on MySQL (creating and
 * migrating its database) and on the embedded database, and stops cleanly on SIGTERM.
 */
export function describeStartingAlone(service: string, mainJs: string): void {
  describe(`the ${service} service alone`, () => {
    it('starts on MySQL, creating and migrating its database, and stops cleanly', async () => {
      const database = await createTestDatabase(`${service}_alone`);
      await database.drop();
      try {
        expect(await startAndStopProcess(mainJs, { DATABASE_URL: database.databaseUrl, DATABASE_NAME: database.databaseName })).toEqual({
          ready: true,
          exitCode: 0,
        });
      } finally {
        await database.drop();
      }
    });

    it('starts on the embedded database and stops cleanly', async () => {
      const dataDir = mkdtempSync(join(tmpdir(), `mieux-${service}-`));
      try {
        expect(await startAndStopProcess(mainJs, { DATA_DIR: dataDir })).toEqual({ ready: true, exitCode: 0 });
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    });
  });
}
