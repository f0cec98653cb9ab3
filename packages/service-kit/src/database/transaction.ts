import type { DataSource, EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

const RETRYABLE = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT']);

/** MySQL deadlocks and lock wait timeouts are resolved by running the whole transaction again. */
export function isRetryableTransactionError(error: unknown): boolean {
  const code = (error as { code?: string; driverError?: { code?: string } })?.driverError?.code ?? (error as { code?: string })?.code;
  return typeof code === 'string' && RETRYABLE.has(code);
}

/**
 * Runs work in one transaction, retrying it (with a short jittered back-off) when MySQL reports a
 * deadlock. The work must be safe to repeat: it re-reads what it depends on inside the transaction.
 */
export async function inTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>, attempts = 4): Promise<T> {
  if (dataSource.options.type === 'sqljs') return serialised(dataSource, () => dataSource.transaction(work));
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await dataSource.transaction(work);
    } catch (error) {
      if (attempt >= attempts || !isRetryableTransactionError(error)) throw error;
      // Stryker disable next-line ArithmeticOperator: the back-off only spaces attempts out; no outcome depends on its length
      await new Promise((done) => setTimeout(done, 5 * attempt + Math.random() * 20));
    }
  }
}

/** Whether an error is a unique-key violation (MySQL, MariaDB or SQLite). */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string }; message?: string };
  const code = e?.driverError?.code ?? e?.code;
  return code === 'ER_DUP_ENTRY' || /UNIQUE constraint failed/i.test(String(e?.message));
}

/**
 * Runs a read-then-write (an upsert) once more when a concurrent writer inserted the same unique key
 * between its read and its write: the second run reads that row and updates it.
 */
export async function retryOnUniqueViolation<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return work();
  }
}

const queues = new WeakMap<DataSource, Promise<unknown>>();

/** The embedded database has one connection: its transactions must take turns instead of nesting. */
function serialised<T>(dataSource: DataSource, run: () => Promise<T>): Promise<T> {
  const previous = queues.get(dataSource) ?? Promise.resolve();
  const next = previous.then(run, run);
  queues.set(
    dataSource,
    next.catch(() => undefined),
  );
  return next;
}

/**
 * Compare-and-set of a status: applies `changes` only if the row still has `expectedStatus` (and,
 * when given, still matches `stillTrue`, an SQL condition on the table's columns without
 * parameters, e.g. `erased_at IS NULL`), so of concurrent moves exactly one wins. Returns whether it applied.
 */
export async function updateIfStatus<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  expectedStatus: string,
  changes: QueryDeepPartialEntity<T>,
  stillTrue?: string,
): Promise<boolean> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set(changes)
    .where(`id = :id AND status = :expectedStatus${stillTrue ? ` AND ${stillTrue}` : ''}`, { id, expectedStatus })
    .execute();
  return result.affected === 1;
}

/**
 * Reads rows and holds their write locks to the end of the transaction (MySQL `FOR UPDATE`: the read
 * sees the latest committed rows, not the transaction's snapshot). The embedded database runs one
 * transaction at a time and needs no lock.
 */
export function findForUpdate<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, where: FindOptionsWhere<T>): Promise<T[]> {
  const locking = manager.connection.options.type !== 'sqljs';
  return manager.find(entity, { where, ...(locking ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
}
