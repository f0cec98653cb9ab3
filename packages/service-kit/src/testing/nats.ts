import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect as connectTcp } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './process';

/** The NATS server the tests use (`TEST_NATS_URL`, default the machine's JetStream server). */
export function testNatsUrl(env: Record<string, string | undefined> = process.env): string {
  return env.TEST_NATS_URL || 'nats://127.0.0.1:4222';
}

/** A stream prefix no other test run uses: streams are named after it. */
export function uniqueStreamPrefix(): string {
  return `T${randomBytes(5).toString('hex').toUpperCase()}`;
}

/** A NATS server of the test's own (a free port, its own store), that the test may stop and start again. */
export interface OwnNatsServer {
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it and removes its store. */
  close(): Promise<void>;
}

/** Starts `nats-server -js` on a free port with a store of its own: never the machine's shared server. */
export async function startOwnNatsServer(binary = process.env.NATS_SERVER_BIN || 'nats-server'): Promise<OwnNatsServer> {
  const port = await freePort();
  const store = mkdtempSync(join(tmpdir(), 'mieux-nats-'));
  let child: ChildProcess | null = null;
  const start = async () => {
    child = spawn(binary, ['-js', '-a', '127.0.0.1', '-p', String(port), '-sd', store], { stdio: 'ignore' });
    const deadline = Date.now() + 10_000;
    while (!(await listening(port))) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`${binary} did not start on port ${port}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const stop = async () => {
    const running = child;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGTERM');
    await exited;
  };
  await start();
  return {
    url: `nats://127.0.0.1:${port}`,
    start,
    stop,
    close: async () => {
      await stop();
      rmSync(store, { recursive: true, force: true });
    },
  };
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connectTcp(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
