import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import mysql from 'mysql2/promise';
import type { Registry } from 'prom-client';
import { DataSource, type EntitySchema, type MixedList } from 'typeorm';
import writeFileAtomic from 'write-file-atomic';
import type { Logger } from '../logger';
import { QueryCountingLogger, SLOW_QUERY_MS, StatementTimer } from './query-logger';

export interface DataSourceOptions {
  /** MySQL/MariaDB server URL without database; null for the embedded sql.js file. */
  databaseUrl: string | null;
  /** The service's own database (MySQL) or file name stem (embedded). */
  databaseName: string;
  /** Folder of the embedded database files. */
  dataDir: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-function-type -- TypeORM's own types for entity classes
  entities: MixedList<EntitySchema<any> | Function>;

  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for migration classes
  migrations: MixedList<Function>;
  logger: Logger;
  /** Where the SQL metrics are registered (the service's metrics); a registry of their own otherwise. */
  metrics?: Registry;
  /** Connections in the MySQL pool. */
  poolSize?: number;
}

export interface ServiceDataSource {
  dataSource: DataSource;
  queries: QueryCountingLogger;
  kind: 'mysql' | 'sqljs';
}

/**
 * Builds (not yet initialised) the TypeORM DataSource of one service: its own MySQL database when a
 * server URL is given, else an embedded sql.js file under dataDir. Migrations run at initialisation;
 * the schema is never synchronised from entities.
 */
export function createDataSource(options: DataSourceOptions): ServiceDataSource {
  const queries = new QueryCountingLogger(options.logger, options.metrics);
  const common = {
    entities: options.entities,
    migrations: options.migrations,
    subscribers: [StatementTimer],
    migrationsRun: false,
    synchronize: false,
    logger: queries,
    maxQueryExecutionTime: SLOW_QUERY_MS,
  };
  if (options.databaseUrl) {
    const url = new URL(options.databaseUrl);
    return {
      kind: 'mysql',
      queries,
      dataSource: new DataSource({
        ...common,
        type: 'mysql',
        host: url.hostname,
        port: url.port ? Number(url.port) : 3306,
        username: decodeURIComponent(url.username || 'root'),
        password: decodeURIComponent(url.password),
        database: options.databaseName,
        charset: 'utf8mb4_unicode_ci',
        timezone: 'Z',
        dateStrings: ['DATE'],
        poolSize: options.poolSize ?? 10,
        extra: { connectTimeout: 5000 },
      }),
    };
  }
  mkdirSync(options.dataDir, { recursive: true });
  const location = resolve(join(options.dataDir, `${options.databaseName}.sqlite`));
  return {
    kind: 'sqljs',
    queries,
    dataSource: new DataSource({
      ...common,
      type: 'sqljs',
      location,
      autoSave: true,
      // A temporary file renamed over the old one: a process stopped mid-save leaves the previous
      // database whole, never a truncated or empty file.
      autoSaveCallback: (data: Uint8Array) => writeFileAtomic(location, Buffer.from(data.buffer, data.byteOffset, data.byteLength)),
    }),
  };
}

/** Creates the service's database on the MySQL server if it is missing (utf8mb4). */
export async function ensureMysqlDatabase(databaseUrl: string, databaseName: string): Promise<void> {
  if (!/^[A-Za-z0-9_]+$/.test(databaseName)) throw new Error(`invalid database name ${databaseName}`);
  const connection = await connectToServer(databaseUrl);
  try {
    await connection.query(`CREATE DATABASE IF NOT EXISTS \`${databaseName}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await connection.end();
  }
}

/** A single connection to the server named by a mysql:// URL, for administrative statements. */
export async function connectToServer(databaseUrl: string): Promise<mysql.Connection> {
  const url = new URL(databaseUrl);
  return mysql.createConnection({
    host: url.hostname,
    port: url.port ? Number(url.port) : 3306,
    user: decodeURIComponent(url.username || 'root'),
    password: decodeURIComponent(url.password),
    connectTimeout: 5000,
  });
}

/** Opens the service's database, creating it on MySQL when missing, without migrating it. */
export async function connectDatabase(options: DataSourceOptions): Promise<ServiceDataSource> {
  if (options.databaseUrl) await ensureMysqlDatabase(options.databaseUrl, options.databaseName);
  const handle = createDataSource(options);
  await handle.dataSource.initialize();
  return handle;
}

/**
 * Opens the service's database (creating it on MySQL when missing) and applies pending migrations,
 * holding the database's migration lock so that pods starting together and a migration run take turns.
 */
export async function openDatabase(options: DataSourceOptions): Promise<ServiceDataSource> {
  const handle = await connectDatabase(options);
  await withMigrationLock(options, options.logger, () => handle.dataSource.runMigrations({ transaction: 'each' }));
  return handle;
}

/** How long a process waits for another to finish migrating (or loading the demo portfolio). */
export const MIGRATION_LOCK_WAIT_SECONDS = 900;

/**
 * Runs work while holding the named lock of a database's migrations (MySQL `GET_LOCK`, server-wide,
 * released by the server if the holder dies). The embedded database belongs to one process: no lock.
 */
export async function withMigrationLock<T>(target: { databaseUrl: string | null; databaseName: string }, logger: Logger, work: () => Promise<T>): Promise<T> {
  if (!target.databaseUrl) return work();
  const name = `mieux_migrations_${target.databaseName}`.slice(0, 64);
  const connection = await connectToServer(target.databaseUrl);
  try {
    const [[free]] = await connection.query<mysql.RowDataPacket[]>('SELECT IS_FREE_LOCK(?) AS free', [name]);
    if (free.free !== 1) logger.info({ lock: name }, 'another process is migrating this database: waiting for it');
    const [[taken]] = await connection.query<mysql.RowDataPacket[]>('SELECT GET_LOCK(?, ?) AS taken', [name, MIGRATION_LOCK_WAIT_SECONDS]);
    if (taken.taken !== 1) throw new Error(`the migration lock ${name} was still held by another process after ${MIGRATION_LOCK_WAIT_SECONDS} s`);
    try {
      return await work();
    } finally {
      await connection.query('SELECT RELEASE_LOCK(?)', [name]);
    }
  } finally {
    await connection.end();
  }
}

/** Opens a service's database as its configuration says. */
export function openServiceDatabase(
  config: { databaseUrl: string | null; databaseName: string; dataDir: string },
  schema: Pick<DataSourceOptions, 'entities' | 'migrations'>,
  logger: Logger,
): Promise<ServiceDataSource> {
  return openDatabase({
    databaseUrl: config.databaseUrl,
    databaseName: config.databaseName,
    dataDir: config.dataDir,
    entities: schema.entities,
    migrations: schema.migrations,
    logger,
  });
}
