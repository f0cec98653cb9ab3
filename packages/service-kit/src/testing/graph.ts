/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment -- end-to-end suites read the graph's JSON answers as their tests do (untyped) */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import { DEVELOPMENT_SECRETS } from '../config';
import { connectToServer } from '../database/data-source';
import type { Role } from '../identity';
import { SUBGRAPH_NAMES, type ServiceName, type SubgraphName } from '../registry';
import { testDatabaseUrl } from './database';
import { testNatsUrl, uniqueStreamPrefix } from './nats';
import { freePort } from './process';

/** The whole graph as real processes: four subgraphs on fresh MySQL databases and the gateway (end-to-end suites: the gateway's, the portal's). */
const ROOT = join(__dirname, '..', '..', '..', '..');
export const SUBGRAPHS = SUBGRAPH_NAMES;

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export interface RunningGraph {
  url: string;
  ports: Record<ServiceName, number>;
  /** Each subgraph's database on the test MySQL server (for tests that change what a service finds there). */
  databases: Record<SubgraphName, string>;
  /** A GraphQL call through the gateway, as a role (anonymous when null). */
  query<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, as?: Caller | null): Promise<GraphQLResponse<T>>;
  /**
   * Waits until the portfolio read model has every event written so far: each producer's outbox relayed
   * (NATS) and each of the portfolio's consumers with nothing waiting. Figures read after it include every
   * write made before it.
   */
  settled(timeoutMs?: number): Promise<void>;
  /** What a process wrote to stdout and stderr since it last started (JSON log lines). */
  output(name: ServiceName): string;
  stop(name: ServiceName): Promise<void>;
  start(name: ServiceName): Promise<void>;
  close(): Promise<void>;
}

export interface Caller {
  role: Role;
  /** Every role the token grants, when more than `role`. */
  roles?: Role[];
  sub?: string;
  expertId?: string;
  /** A partner's institution (the `org` claim). */
  org?: string;
}

async function waitReady(port: number, child: ChildProcess, output: string[], timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`process exited (${child.exitCode}):\n${output.join('')}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/ready`, { signal: AbortSignal.timeout(1000) })).ok) return;
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`not ready on port ${port} after ${timeoutMs} ms:\n${output.join('')}`);
}

/** The callers of the end-to-end stories. */
export const officer: Caller = { role: 'PROJECT_OFFICER', sub: 'officer@icmpd.org' };
export const committee: Caller = { role: 'STEERING_COMMITTEE', sub: 'committee@ec.europa.eu' };
export const analyst: Caller = { role: 'ANALYST', sub: 'analyst@icmpd.org' };

/** A call through the gateway that must succeed: its data, or an error that shows the query and the errors. */
export async function mustAnswer<T = any>(graph: RunningGraph, query: string, variables: Record<string, unknown> = {}, as: Caller | null = null): Promise<T> {
  const result = await graph.query<T>(query, variables, as);
  if (result.errors) throw new Error(`${query}\n${JSON.stringify(result.errors, null, 2)}`);
  return result.data as T;
}

/** Development bearer token, signed as `npm run token` signs it. */
export async function bearer(caller: Caller): Promise<string> {
  return new SignJWT({
    roles: caller.roles ?? [caller.role],
    ...(caller.expertId ? { expertId: caller.expertId } : {}),
    ...(caller.org ? { org: caller.org } : {}),
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(caller.sub ?? `${caller.role.toLowerCase()}@example.org`)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(DEVELOPMENT_SECRETS.authJwtSecret));
}

/** A gateway started in the test's own process from the environment its process would get; `stop` ends it. */
export type InProcessGateway = (env: Record<string, string>) => Promise<{ port: number; stop(): Promise<void> }>;

/**
 * Starts the graph on fresh databases of the test MySQL server; with `seedDemo` every subgraph
 * loads the demo portfolio first; `env` adds configuration to every process; `databaseUrls` reaches that
 * server another way for some services. With `gateway`, the gateway runs in the test's process (its
 * code then counts in the test's coverage) in front of the four subgraph processes.
 */
export async function startGraph(
  options: { seedDemo?: boolean; env?: Record<string, string>; databaseUrls?: Partial<Record<ServiceName, string>>; gateway?: InProcessGateway } = {},
): Promise<RunningGraph> {
  const suffix = randomBytes(4).toString('hex');
  const names: ServiceName[] = [...SUBGRAPHS, 'gateway'];
  const ports = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await freePort()]))) as Record<ServiceName, number>;
  const urls = Object.fromEntries(SUBGRAPHS.map((n) => [`${n.toUpperCase()}_URL`, `http://127.0.0.1:${ports[n]}/graphql`]));
  const databases = Object.fromEntries(SUBGRAPHS.map((n) => [n, `mieux_e2e_${n}_${suffix}`])) as Record<SubgraphName, string>;
  // TEST_EVENTS_TRANSPORT=nats: the services' events go through the test NATS server, on streams of this graph's own.
  const events = process.env.TEST_EVENTS_TRANSPORT === 'nats' ? { NATS_URL: testNatsUrl(), NATS_STREAM_PREFIX: uniqueStreamPrefix() } : {};
  const processes = new Map<ServiceName, ChildProcess>();
  const outputs = new Map<ServiceName, string[]>();

  const envOf = (name: ServiceName): NodeJS.ProcessEnv => ({
    PATH: process.env.PATH,
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    PORT: String(ports[name]),
    ...urls,
    ...(name === 'gateway'
      ? {}
      : {
          DATABASE_URL: options.databaseUrls?.[name] ?? testDatabaseUrl(),
          DATABASE_NAME: databases[name as SubgraphName],
          SEED_DEMO: options.seedDemo ? 'true' : 'false',
          ...events,
        }),
    ...options.env,
  });

  let inProcess: { port: number; stop(): Promise<void> } | null = null;
  const start = async (name: ServiceName) => {
    const output: string[] = [];
    outputs.set(name, output);
    if (name === 'gateway' && options.gateway) {
      inProcess = await options.gateway(Object.fromEntries(Object.entries(envOf(name)).filter((e): e is [string, string] => e[1] !== undefined)));
      ports.gateway = inProcess.port;
      return;
    }
    const child = spawn(process.execPath, [join(ROOT, 'apps', name, 'dist', 'main.js')], { cwd: ROOT, env: envOf(name), stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    processes.set(name, child);
    await waitReady(ports[name], child, output);
  };
  const stop = async (name: ServiceName) => {
    if (name === 'gateway' && inProcess) {
      await inProcess.stop();
      inProcess = null;
      return;
    }
    const child = processes.get(name);
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  const close = async () => {
    await Promise.all(names.map(stop));
    const admin = await connectToServer(testDatabaseUrl());
    try {
      for (const name of SUBGRAPHS) await admin.query(`DROP DATABASE IF EXISTS \`${databases[name]}\``);
    } finally {
      await admin.end();
    }
  };

  try {
    // The read model starts once its producers answer (their demo portfolio loaded): it is ready once it has caught up with them.
    await Promise.all(SUBGRAPHS.filter((name) => name !== 'portfolio').map(start));
    await start('portfolio');
    await start('gateway');
  } catch (error) {
    await close();
    throw error;
  }
  const url = `http://127.0.0.1:${ports.gateway}/graphql`;
  return {
    url,
    ports,
    databases,
    output: (name) => outputs.get(name)?.join('') ?? '',
    stop,
    start,
    close,
    settled: async (timeoutMs = 30_000) => {
      const deadline = Date.now() + timeoutMs;
      const details = async (name: SubgraphName) =>
        ((await (await fetch(`http://127.0.0.1:${ports[name]}/ready`)).json()) as { events?: { unsent: number | null; consumers: { lag: number | null }[] } })
          .events;
      const idle = async () => {
        const producers = await Promise.all(SUBGRAPHS.filter((name) => name !== 'portfolio').map(details));
        const portfolio = await details('portfolio');
        return producers.every((e) => !e?.unsent) && portfolio!.consumers.every((c) => c.lag === 0);
      };
      // Twice in a row: an event written in between is seen by the second look.
      while (!((await idle()) && (await idle()))) {
        if (Date.now() > deadline) throw new Error(`the portfolio did not catch up with its events within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    query: async (query, variables = {}, as = null) => {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (as) headers.authorization = `Bearer ${await bearer(as)}`;
      const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      const body = (await response.json()) as GraphQLResponse<any>;
      return { status: response.status, data: body.data, errors: body.errors };
    },
  };
}
