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
 * With `inOrder`, each call starts once the one before it waits, so they queue, and then write, in
 * the order given (InnoDB grants a row's waiting locks first come, first served): a race whose
 * outcome depends on who writes first is tested for the order that matters, every time.
 */
export async function raceOnRow<T>(
  target: RaceTarget,
  table: string,
  id: string,
  calls: (() => Promise<T>)[],
  { inOrder = false, timeoutMs = 10_000 }: { inOrder?: boolean; timeoutMs?: number } = {},
): Promise<T[]> {
  const { running, waited } = await holdingRow('raceOnRow', target, table, { id }, timeoutMs, async (waitingFor) => {
    if (!inOrder) {
      const running = Promise.all(calls.map((call) => settle(call())));
      return { running, waited: await waitingFor(calls.length) };
    }
    const started: Promise<Settled<T>>[] = [];
    let waited = 0;
    for (const call of calls) {
      started.push(settle(call()));
      waited = await waitingFor(started.length);
      if (waited < started.length) break;
    }
    return { running: Promise.all(started), waited };
  });
  const results = await running;
  if (waited < calls.length) throw new Error(`raceOnRow: only ${waited} of ${calls.length} calls waited on ${table} ${id}; the race was not forced`);
  return results.map(unsettle);
}

/**
 * Forces one interleaving instead of hoping for it: holds a row's write lock while `call` starts and
 * queues on it (after whatever it reads or asks first), runs `meanwhile` (what must happen in between,
 * committed), then lets the call go on, and answers what the call answered.
 */
export async function whileCallWaitsOnRow<T>(
  target: RaceTarget,
  table: string,
  where: Record<string, string | number>,
  call: () => Promise<T>,
  meanwhile: () => Promise<void>,
  timeoutMs = 10_000,
): Promise<T> {
  const { running, waited } = await holdingRow('whileCallWaitsOnRow', target, table, where, timeoutMs, async (waitingFor) => {
    const running = settle(call());
    const waited = await waitingFor(1);
    if (waited === 1) await meanwhile();
    return { running, waited };
  });
  const result = await running;
  if (waited < 1) throw new Error(`whileCallWaitsOnRow: the call never waited on ${table} ${Object.values(where).join(' ')}; the interleaving was not forced`);
  return unsettle(result);
}

type Settled<T> = { value: T } | { error: unknown };

function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
}

function unsettle<T>(result: Settled<T>): T {
  if ('error' in result) throw result.error;
  return result.value;
}

/** Holds one row's write lock on a second connection while `work` runs; `waitingFor(n)` answers how many statements came to wait on a lock, up to n, in time. */
async function holdingRow<R>(
  name: string,
  target: RaceTarget,
  table: string,
  where: Record<string, string | number>,
  timeoutMs: number,
  work: (waitingFor: (count: number) => Promise<number>) => Promise<R>,
): Promise<R> {
  const { databaseUrl, databaseName } = target.config;
  if (!databaseUrl) throw new Error(`${name} needs a MySQL test database`);
  const holder = await connectToServer(databaseUrl);
  const observer = await connectToServer(databaseUrl);
  const columns = Object.keys(where);
  try {
    await holder.query(`USE \`${databaseName}\``);
    await holder.beginTransaction();
    const condition = columns.map((column) => `\`${column}\` = ?`).join(' AND ');
    const [locked] = await holder.query(`SELECT 1 FROM \`${table}\` WHERE ${condition} FOR UPDATE`, Object.values(where));
    if ((locked as unknown[]).length !== 1) throw new Error(`${name}: no row ${Object.values(where).join(' ')} in ${table}`);
    const waitingFor = async (count: number) => {
      const deadline = Date.now() + timeoutMs;
      let waiting = await lockWaits(observer, databaseName);
      while (waiting < count && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        waiting = await lockWaits(observer, databaseName);
      }
      return Math.min(waiting, count);
    };
    try {
      return await work(waitingFor);
    } finally {
      await holder.rollback();
    }
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
