import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GraphQLFormattedError } from 'graphql';
import { loadConfig, type ServiceConfig } from '../config';
import { openServiceDatabase, type ServiceDataSource } from '../database/data-source';
import { createTestDatabase } from './database';
import type { Identity, Role } from '../identity';
import { createLogger } from '../logger';
import type { ServiceDefinition } from '../server/run-service';
import { createSubgraphServer, type SubgraphContext, type SubgraphServer } from '../server/subgraph-server';

/** An identity holding a role, as the gateway would sign it after verifying a token. */
export function identityOf(role: Role | null, options: { sub?: string; expertId?: string; org?: string } = {}): Identity {
  if (role === null) return { sub: null, roles: [], expertId: null, org: null };
  return {
    sub: options.sub ?? `${role.toLowerCase()}@example.org`,
    roles: [role],
    expertId: options.expertId ?? null,
    org: options.org ?? null,
  };
}

export interface OperationResult<TData = Record<string, unknown>> {
  data?: TData | null;
  errors?: readonly GraphQLFormattedError[];
}

export interface TestSubgraph<TContext extends SubgraphContext> {
  server: SubgraphServer<TContext>;
  database: ServiceDataSource;
  config: ServiceConfig;
  /** Runs an operation in-process as the given caller (anonymous by default). */
  execute<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, identity?: Identity): Promise<OperationResult<TData>>;
  /** Stops the server and drops its database. */
  close(): Promise<void>;
}

/**
 * A service's real subgraph on a fresh MySQL database, migrated, ready for `execute` (in-process)
 * or `server.listen(0)` (over HTTP). `env` sets configuration as the environment would.
 */
export async function startTestSubgraph<TContext extends SubgraphContext>(
  definition: ServiceDefinition<TContext>,
  env: Record<string, string> = {},
): Promise<TestSubgraph<TContext>> {
  const testDatabase = await createTestDatabase(definition.service);
  return startOn(definition, { DATABASE_URL: testDatabase.databaseUrl, DATABASE_NAME: testDatabase.databaseName, ...env }, testDatabase.drop);
}

/**
 * The same on the embedded database (sql.js in a fresh folder), as `npm start` runs without MySQL:
 * what is refused on MySQL must be refused here too, not silently stored. `env` as above.
 */
export async function startEmbeddedTestSubgraph<TContext extends SubgraphContext>(
  definition: ServiceDefinition<TContext>,
  env: Record<string, string> = {},
): Promise<TestSubgraph<TContext>> {
  const dataDir = await mkdtemp(join(tmpdir(), `mieux-${definition.service}-`));
  return startOn(definition, { DATA_DIR: dataDir, ...env }, () => rm(dataDir, { recursive: true, force: true }));
}

async function startOn<TContext extends SubgraphContext>(
  definition: ServiceDefinition<TContext>,
  env: Record<string, string>,
  drop: () => Promise<void>,
): Promise<TestSubgraph<TContext>> {
  const config = loadConfig(definition.service, {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    ...env,
  });
  const logger = createLogger(definition.service, config.logLevel);
  const database = await openServiceDatabase(config, definition, logger);
  await definition.prepare?.({ config, logger, database });
  const server = await createSubgraphServer({ config, logger, database, module: definition.module({ config, logger, database }) });
  return {
    server,
    database,
    config,
    execute: async <TData>(query: string, variables?: Record<string, unknown>, identity?: Identity) => {
      const response = await server.apollo.executeOperation({ query, variables }, { contextValue: server.contextFor(identity ?? identityOf(null)) });
      if (response.body.kind !== 'single') throw new Error('incremental delivery is not used by this graph');
      return response.body.singleResult as OperationResult<TData>;
    },
    close: async () => {
      await server.stop();
      await drop();
    },
  };
}

/** Counts the SQL statements a piece of work sends through a service's data source. */
export async function countStatements(database: ServiceDataSource, work: () => Promise<unknown>): Promise<number> {
  const before = await database.queries.statements();
  await work();
  return (await database.queries.statements()) - before;
}

/** Starts `n` calls at once (none waits for another) and returns their results in order. */
export function concurrently<T>(n: number, call: (i: number) => Promise<T>): Promise<T[]> {
  return Promise.all(Array.from({ length: n }, (_, i) => call(i)));
}

/**
 * The two databases a service runs on, as `describe.each` rows: `[name, start]`, MySQL first, then
 * the embedded database.
 */
export function bothDatabases<TContext extends SubgraphContext>(definition: ServiceDefinition<TContext>): [string, () => Promise<TestSubgraph<TContext>>][] {
  return [
    ['MySQL', () => startTestSubgraph(definition)],
    ['the embedded database', () => startEmbeddedTestSubgraph(definition)],
  ];
}

/** The code and field of a call's first error (`{ code: 'BAD_USER_INPUT', field: 'input.phone' }` for refused input). */
export async function refusal(call: Promise<OperationResult<unknown>>): Promise<{ code?: unknown; field?: unknown }> {
  const { errors } = await call;
  return { code: errors?.[0]?.extensions?.code, field: errors?.[0]?.extensions?.field };
}
