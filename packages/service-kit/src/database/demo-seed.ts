import type { DataSource } from 'typeorm';
import type { Logger } from '../logger';

/** Where a database records its load of the demo portfolio: a `started` row first, a `complete` row last. */
export const DEMO_SEED_TABLE = 'demo_seed';

export type DemoLoad = 'loaded' | 'reloaded' | 'already loaded' | 'other data present';

export interface DemoLoadSteps {
  /** Applies the migrations to an empty database (after an interrupted load is wiped). */
  migrate(): Promise<void>;
  /** Writes the service's part of the demo portfolio. */
  load(): Promise<void>;
}

/**
 * Loads the demo portfolio into a service's database so that the next start can tell a whole load
 * from a partial one. A database marked `started` but not `complete` was stopped mid-load: every
 * table is dropped, the migrations run again and the portfolio is loaded from scratch. A database
 * that holds rows without any mark holds someone's data and is left as it is.
 */
export async function loadDemoOnce(dataSource: DataSource, logger: Logger, scale: number, steps: DemoLoadSteps): Promise<DemoLoad> {
  await createMarkTable(dataSource);
  const marks = await readMarks(dataSource);
  if (marks.has('complete')) {
    logger.info('the demo portfolio is already loaded');
    return 'already loaded';
  }
  const interrupted = marks.has('started');
  if (interrupted) {
    logger.warn('an earlier load of the demo portfolio was interrupted: emptying the database and loading it again');
    await dataSource.dropDatabase();
    await steps.migrate();
    await createMarkTable(dataSource);
  } else if (await holdsRows(dataSource)) {
    logger.info('the database already holds data: the demo portfolio is not loaded');
    return 'other data present';
  }
  await mark(dataSource, 'started', scale);
  await steps.load();
  await mark(dataSource, 'complete', scale);
  return interrupted ? 'reloaded' : 'loaded';
}

function createMarkTable(dataSource: DataSource): Promise<unknown> {
  return dataSource.query(`CREATE TABLE IF NOT EXISTS ${DEMO_SEED_TABLE} (step VARCHAR(20) NOT NULL PRIMARY KEY, scale INT NOT NULL, at VARCHAR(30) NOT NULL)`);
}

async function readMarks(dataSource: DataSource): Promise<Set<string>> {
  const rows: { step: string }[] = await dataSource.query(`SELECT step FROM ${DEMO_SEED_TABLE}`);
  return new Set(rows.map((row) => row.step));
}

function mark(dataSource: DataSource, step: 'started' | 'complete', scale: number): Promise<unknown> {
  return dataSource.query(`INSERT INTO ${DEMO_SEED_TABLE} (step, scale, at) VALUES (?, ?, ?)`, [step, scale, new Date().toISOString()]);
}

/** Whether any table of the service's entities has a row. */
async function holdsRows(dataSource: DataSource): Promise<boolean> {
  for (const { tableName } of dataSource.entityMetadatas) {
    const rows: unknown[] = await dataSource.query(`SELECT 1 FROM ${dataSource.driver.escape(tableName)} LIMIT 1`);
    if (rows.length > 0) return true;
  }
  return false;
}
