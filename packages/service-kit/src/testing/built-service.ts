import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { DEVELOPMENT_SECRETS, type SubgraphName, type WorkerName } from '../config';
import type { Identity } from '../identity';
import { callSubgraph, type RemoteResult } from '../remote';
import { createTestDatabase } from './database';
import { freePort } from './process';

const ROOT = join(__dirname, '..', '..', '..', '..');

export interface BuiltService {
  url: string;
  /** The test database it runs on (kept across restarts). */
  database: { databaseUrl: string; databaseName: string };
  /** A GraphQL call to the service, signed for `identity` as the gateway would sign it. */
  query<T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, identity: Identity): Promise<RemoteResult<T>>;
  /** Everything it printed, every run. */
  output(): string;
  /** Kills the process at once (SIGKILL: nothing finishes), as a crash would; its database stays. */
  kill(): Promise<void>;
  /** Starts it again on the same database and port, and waits until it is ready. */
  restart(): Promise<void>;
  /** Stops the process and drops its database. */
  close(): Promise<void>;
}

/**
 * Another service, for a service's tests that need the real owner of a fact (or the real producer of
 * events): its built main.js (`apps/<service>/dist/main.js`, built before the tests) started as a
 * process on its own fresh test database, ready to answer. The tests reach it over HTTP only, never
 * through its code; `env` adds configuration (e.g. `SEED_DEMO=true` for the demo portfolio).
 */
export async function startBuiltService(service: SubgraphName | WorkerName, env: Record<string, string> = {}, timeoutMs = 60_000): Promise<BuiltService> {
  const database = await createTestDatabase(service);
  const port = await freePort();
  const output: string[] = [];
  const main = join('apps', service, 'dist', 'main.js');
  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();
  const stopWith = async (signal: NodeJS.Signals) => {
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill(signal);
      await exited;
    }
  };
  const close = async () => {
    await stopWith('SIGTERM');
    await database.drop();
  };
  const start = async () => {
    const running = spawn(process.execPath, [join(ROOT, main)], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        PORT: String(port),
        DATABASE_URL: database.databaseUrl,
        DATABASE_NAME: database.databaseName,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = running;
    running.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    running.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (
        await fetch(`http://127.0.0.1:${port}/ready`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      if (running.exitCode !== null || Date.now() > deadline) {
        await close();
        throw new Error(`the ${service} service (${main}) did not start:\n${output.join('')}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  await start();
  const url = `http://127.0.0.1:${port}/graphql`;
  return {
    url,
    database: { databaseUrl: database.databaseUrl, databaseName: database.databaseName },
    close,
    output: () => output.join(''),
    kill: () => stopWith('SIGKILL'),
    restart: start,
    query: (query, variables, identity) =>
      callSubgraph({ service, url, query, variables, identity, secret: DEVELOPMENT_SECRETS.subgraphSecret, requestId: `test-${service}`, timeoutMs: 10_000 }),
  };
}
