import { randomBytes } from 'node:crypto';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { connectToServer } from '../database/data-source';

/** The MySQL server the tests use (`TEST_DATABASE_URL`, default the local MariaDB as root). */
export function testDatabaseUrl(env: Record<string, string | undefined> = process.env): string {
  return env.TEST_DATABASE_URL || 'mysql://root@127.0.0.1:3306';
}

export interface TestDatabase {
  databaseUrl: string;
  databaseName: string;
  drop(): Promise<void>;
}

/**
 * A fresh, uniquely named database on the test MySQL server, for one test file. Fails loudly when
 * the server cannot be reached: a test run without MySQL must not pass by skipping.
 */
export async function createTestDatabase(service: string): Promise<TestDatabase> {
  const databaseUrl = testDatabaseUrl();
  const databaseName = `mieux_test_${service}_${randomBytes(5).toString('hex')}`;
  const connection = await reachTestServer(databaseUrl);
  try {
    await connection.query(`CREATE DATABASE \`${databaseName}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await connection.end();
  }
  return {
    databaseUrl,
    databaseName,
    drop: async () => {
      const admin = await connectToServer(databaseUrl);
      try {
        await admin.query(`DROP DATABASE IF EXISTS \`${databaseName}\``);
      } finally {
        await admin.end();
      }
    },
  };
}

/** A connection to the test MySQL server, or the error that says which server the tests need. */
async function reachTestServer(databaseUrl: string) {
  try {
    return await connectToServer(databaseUrl);
  } catch (error) {
    throw new Error(`The tests need MySQL at ${databaseUrl} (set TEST_DATABASE_URL) and could not reach it: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Fails at once, with the message that names the server, when the test MySQL server cannot be
 * reached: the Jest global setup of every workspace whose tests use MySQL, so that a run without it
 * stops before any test file starts servers it could not stop.
 */
export async function requireTestDatabaseServer(): Promise<void> {
  await (await reachTestServer(testDatabaseUrl())).end();
}

/**
 * A DataSource running `migrations` on a new MySQL test database, or on the embedded database (sql.js),
 * not yet initialised; and how to drop it. For tests of a migration's data, up and down.
 */
export async function migrationDataSource(
  kind: 'MySQL' | 'the embedded database',
  name: string,
  migrations: DataSourceOptions['migrations'],
): Promise<{ dataSource: DataSource; drop: () => Promise<void> }> {
  if (kind === 'the embedded database') return { dataSource: new DataSource({ type: 'sqljs', migrations }), drop: async () => undefined };
  const database = await createTestDatabase(name);
  const url = new URL(database.databaseUrl);
  const dataSource = new DataSource({
    type: 'mysql',
    host: url.hostname,
    port: Number(url.port || 3306),
    username: decodeURIComponent(url.username || 'root'),
    password: decodeURIComponent(url.password),
    database: database.databaseName,
    migrations,
  });
  return { dataSource, drop: () => database.drop() };
}
