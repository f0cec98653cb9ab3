import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { DEVELOPMENT_SECRETS, type SubgraphName } from '../config';
import type { Identity } from '../identity';
import { callSubgraph, type RemoteResult } from '../remote';
import { createTestDatabase } from './database';
import { freePort } from './process';

const ROOT = join(__dirname, '..', '..', '..', '..');

export interface BuiltService {
  url: string;
  /** A GraphQL call to the service, signed for `identity` as the gateway would sign it. */
  query<T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, identity: Identity): Promise<RemoteResult<T>>;
  /** Stops the process and drops its database. */
  close(): Promise<void>;
}

/**
 * Another service, for a service's tests that need the real owner of a fact: its built main.js
 * (`apps/<service>/dist/main.js`, built before the tests) started as a process on its own fresh test
 * database, ready to answer. The tests reach it over HTTP only, never through its code; `env` adds
 * configuration (e.g. `SEED_DEMO=true` for the demo portfolio).
 */
export async function startBuiltService(service: SubgraphName, env: Record<string, string> = {}, timeoutMs = 60_000): Promise<BuiltService> {
  const database = await createTestDatabase(service);
  const port = await freePort();
  const output: string[] = [];
  const child = spawn(process.execPath, [join(ROOT, 'apps', service, 'dist', 'main.js')], {
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
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    await database.drop();
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (
      await fetch(`http://127.0.0.1:${port}/ready`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (child.exitCode !== null || Date.now() > deadline) {
      await close();
      throw new Error(`the ${service} service (${join('apps', service, 'dist', 'main.js')}) did not start:\n${output.join('')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const url = `http://127.0.0.1:${port}/graphql`;
  return {
    url,
    close,
    query: (query, variables, identity) =>
      callSubgraph({ service, url, query, variables, identity, secret: DEVELOPMENT_SECRETS.subgraphSecret, requestId: `test-${service}`, timeoutMs: 10_000 }),
  };
}
