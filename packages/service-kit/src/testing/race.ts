import { connectToServer } from '../database/data-source';

/** Where a test subgraph's tables are: its `config` as `startTestSubgraph` returns it. */
export interface RaceTarget {
  config: { databaseUrl: string | null; databaseName: string };
}

/**
 * Forces a race on one row instead of hoping for one: a second connection holds the row's write
 * lock while `calls` start; each call reads the row (plain reads do not wait) and queues on its
 * write. Once every call waits, the lock is released and they write one after the other, all having
 * read the same state. A compare-and-set lets exactly one of them apply; without it, all would.
 * Every call must reach a write of the row (or of another row the holder's table locks): a call
 * refused before writing never queues, and the race is reported as not forced.
 */
export async function raceOnRow<T>(target: RaceTarget, table: string, id: string, calls: (() => Promise<T>)[], timeoutMs = 10_000): Promise<T[]> {
  const { databaseUrl, databaseName } = target.config;
  if (!databaseUrl) throw new Error('raceOnRow needs a MySQL test database');
  const holder = await connectToServer(databaseUrl);
  const observer = await connectToServer(databaseUrl);
  try {
    await holder.query(`USE \`${databaseName}\``);
    await holder.beginTransaction();
    const [locked] = await holder.query(`SELECT id FROM \`${table}\` WHERE id = ? FOR UPDATE`, [id]);
    if ((locked as unknown[]).length !== 1) throw new Error(`raceOnRow: no row ${id} in ${table}`);
    const settled = calls.map((call) =>
      call().then(
        (value) => ({ value }),
        (error: unknown) => ({ error }),
      ),
    );
    const deadline = Date.now() + timeoutMs;
    let waiting = 0;
    while ((waiting = await lockWaits(observer, databaseName)) < calls.length && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await holder.rollback();
    const results = await Promise.all(settled);
    if (waiting < calls.length) throw new Error(`raceOnRow: only ${waiting} of ${calls.length} calls waited on ${table} ${id}; the race was not forced`);
    return results.map((r) => {
      if ('error' in r) throw r.error;
      return r.value;
    });
  } finally {
    await holder.end();
    await observer.end();
  }
}

/**
 * Statements of one database waiting for a lock: still running after 100 ms (nothing else in a
 * test takes that long), or waiting as InnoDB reports it (MySQL, where PROCESSLIST has no TIME_MS).
 */
async function lockWaits(observer: Awaited<ReturnType<typeof connectToServer>>, databaseName: string): Promise<number> {
  const count = async (sql: string) => Number(((await observer.query(sql, [databaseName]))[0] as { n: number | string }[])[0].n);
  try {
    return await count(`SELECT COUNT(*) AS n FROM information_schema.PROCESSLIST WHERE DB = ? AND COMMAND = 'Query' AND TIME_MS >= 100`);
  } catch {
    return count(`SELECT COUNT(*) AS n FROM information_schema.INNODB_TRX t JOIN information_schema.PROCESSLIST p ON p.ID = t.trx_mysql_thread_id
      WHERE p.DB = ? AND t.trx_state = 'LOCK WAIT'`);
  }
}
