import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  connectToServer,
  createLogger,
  findForUpdate,
  inTransaction,
  isRetryableTransactionError,
  isUniqueViolation,
  openDatabase,
  retryOnUniqueViolation,
  updateIfStatus,
  type ServiceDataSource,
} from '../src';
import { createTestDatabase, type TestDatabase } from '../src/testing';
import { CreateTickets1700000000001, TicketEntity } from './fixtures/tickets';

const schema = { entities: [TicketEntity], migrations: [CreateTickets1700000000001], logger: createLogger('test', 'silent') };
let test: TestDatabase;
let db: ServiceDataSource;

beforeAll(async () => {
  test = await createTestDatabase('kit');
  // Every racing move holds a connection until all have read: the pool must have one for each.
  db = await openDatabase({ ...schema, databaseUrl: test.databaseUrl, databaseName: test.databaseName, dataDir: '.unused', poolSize: 25 });
});

afterAll(async () => {
  await db?.dataSource.destroy();
  await test?.drop();
});

const tickets = () => db.dataSource.getRepository(TicketEntity);
async function ticket(status = 'OPEN') {
  const row = { id: randomUUID(), status, title: 'guarded', idempotencyKey: null, payloadHash: null };
  await tickets().insert(row);
  return row;
}

describe('compare-and-set of a status', () => {
  it('applies the change only to the row still in the expected status', async () => {
    const { id } = await ticket();
    const other = await ticket();
    expect(await inTransaction(db.dataSource, (m) => updateIfStatus(m, TicketEntity, id, 'DONE', { status: 'CLOSED' }))).toBe(false);
    expect(await tickets().findOneByOrFail({ id })).toMatchObject({ status: 'OPEN' });
    expect(await inTransaction(db.dataSource, (m) => updateIfStatus(m, TicketEntity, id, 'OPEN', { status: 'DONE', title: 'moved' }))).toBe(true);
    expect(await tickets().findOneByOrFail({ id })).toMatchObject({ status: 'DONE', title: 'moved' });
    expect(await tickets().findOneByOrFail({ id: other.id })).toMatchObject({ status: 'OPEN', title: 'guarded' });
  });

  it('applies it only while the extra condition still holds too', async () => {
    const { id } = await ticket();
    const stillGuarded = "title = 'guarded'";
    await tickets().update({ id }, { title: 'retitled' });
    expect(await inTransaction(db.dataSource, (m) => updateIfStatus(m, TicketEntity, id, 'OPEN', { status: 'DONE' }, stillGuarded))).toBe(false);
    expect(await tickets().findOneByOrFail({ id })).toMatchObject({ status: 'OPEN', title: 'retitled' });
    await tickets().update({ id }, { title: 'guarded' });
    expect(await inTransaction(db.dataSource, (m) => updateIfStatus(m, TicketEntity, id, 'OPEN', { status: 'DONE' }, stillGuarded))).toBe(true);
    expect(await tickets().findOneByOrFail({ id })).toMatchObject({ status: 'DONE', title: 'guarded' });
  });

  it('lets exactly one of 20 moves that read the same status win', async () => {
    const { id } = await ticket();
    let read = 0;
    let allRead!: () => void;
    const everyoneHasRead = new Promise<void>((resolve) => (allRead = resolve));
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        inTransaction(db.dataSource, async (m) => {
          const row = await m.findOneByOrFail(TicketEntity, { id });
          read += 1;
          if (read === 20) allRead();
          await everyoneHasRead;
          return updateIfStatus(m, TicketEntity, id, row.status, { status: `MOVE_${i}` });
        }),
      ),
    );
    expect(outcomes.filter(Boolean)).toHaveLength(1);
    expect((await tickets().findOneByOrFail({ id })).status).toBe(`MOVE_${outcomes.indexOf(true)}`);
  });
});

describe('transactions', () => {
  it('retry deadlocks and lock wait timeouts up to four attempts, then give up', async () => {
    for (const code of ['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT']) {
      let attempts = 0;
      const failure = Object.assign(new Error('lost a lock'), { driverError: { code } });
      await expect(
        inTransaction(db.dataSource, async () => {
          attempts += 1;
          throw failure;
        }),
      ).rejects.toBe(failure);
      expect(attempts).toBe(4);
    }
    let attempts = 0;
    await expect(
      inTransaction(
        db.dataSource,
        async () => {
          attempts += 1;
          throw new Error('lost a lock');
        },
        2,
      ),
    ).rejects.toThrow('lost a lock');
    expect(attempts).toBe(1);
  });

  it('roll back the work of a failed attempt', async () => {
    const { id } = await ticket();
    let attempts = 0;
    await inTransaction(db.dataSource, async (m) => {
      attempts += 1;
      await updateIfStatus(m, TicketEntity, id, 'OPEN', { title: `attempt ${attempts}` });
      if (attempts === 1) throw Object.assign(new Error('deadlock'), { code: 'ER_LOCK_DEADLOCK' });
    });
    expect(await tickets().findOneByOrFail({ id })).toMatchObject({ title: 'attempt 2' });
  });

  it('tell retryable and unique-key failures by their driver codes and messages', () => {
    expect(isRetryableTransactionError({ code: 'ER_LOCK_DEADLOCK' })).toBe(true);
    expect(isRetryableTransactionError({ driverError: { code: 'ER_LOCK_WAIT_TIMEOUT' }, code: 'OTHER' })).toBe(true);
    expect(isRetryableTransactionError({ code: 'ER_DUP_ENTRY' })).toBe(false);
    expect(isRetryableTransactionError({ code: 1213 })).toBe(false);
    expect(isRetryableTransactionError(null)).toBe(false);
    expect(isUniqueViolation({ code: 'ER_DUP_ENTRY' })).toBe(true);
    expect(isUniqueViolation({ driverError: { code: 'ER_DUP_ENTRY' } })).toBe(true);
    expect(isUniqueViolation({ message: 'SQLITE_CONSTRAINT: UNIQUE constraint failed: ticket.id' })).toBe(true);
    expect(isUniqueViolation({ code: 'ER_LOCK_DEADLOCK', message: 'unique' })).toBe(false);
    expect(isUniqueViolation(undefined)).toBe(false);
  });
});

describe('reads that hold their rows', () => {
  it('hold the write locks of exactly the rows read until the transaction ends', async () => {
    const held = await ticket();
    const free = await ticket();
    const other = await connectToServer(test.databaseUrl);
    try {
      await other.query(`USE \`${test.databaseName}\``);
      // A second connection asks for each row without waiting: the rows read for update are refused to it.
      const lockable = async (id: string) => {
        await other.beginTransaction();
        try {
          await other.query('SELECT id FROM ticket WHERE id = ? FOR UPDATE NOWAIT', [id]);
          return true;
        } catch {
          return false;
        } finally {
          await other.rollback();
        }
      };
      const seen = await inTransaction(db.dataSource, async (m) => {
        const rows = await findForUpdate(m, TicketEntity, { id: held.id });
        return { rows, held: await lockable(held.id), free: await lockable(free.id) };
      });
      expect(seen).toEqual({ rows: [held], held: false, free: true });
      expect(await lockable(held.id)).toBe(true);
    } finally {
      await other.end();
    }
  });
});

describe('an upsert that meets a concurrent insert of its key', () => {
  it('runs once more after a unique-key violation, and only then', async () => {
    let runs = 0;
    const duplicate = Object.assign(new Error('Duplicate entry'), { code: 'ER_DUP_ENTRY' });
    await expect(
      retryOnUniqueViolation(async () => {
        runs += 1;
        if (runs === 1) throw duplicate;
        return `run ${runs}`;
      }),
    ).resolves.toBe('run 2');
    const other = new Error('lost the connection');
    runs = 0;
    await expect(
      retryOnUniqueViolation(async () => {
        runs += 1;
        throw other;
      }),
    ).rejects.toBe(other);
    expect(runs).toBe(1);
  });
});

describe('transactions on the embedded database', () => {
  it('take turns after a failed one, and see unique violations', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mieux-kit-'));
    const embedded = await openDatabase({ ...schema, databaseUrl: null, databaseName: 'tickets', dataDir });
    try {
      const insert = (id: string) => inTransaction(embedded.dataSource, (m) => m.insert(TicketEntity, { id, status: 'OPEN', title: 't' }));
      const results = await Promise.allSettled([insert('a'), insert('a'), insert('b')]);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect(isUniqueViolation((results[1] as PromiseRejectedResult).reason)).toBe(true);
      expect(await embedded.dataSource.getRepository(TicketEntity).count()).toBe(2);
      // One transaction at a time and no FOR UPDATE in SQLite: the rows are read without a lock.
      expect(await inTransaction(embedded.dataSource, (m) => findForUpdate(m, TicketEntity, { id: 'b' }))).toEqual([
        { id: 'b', status: 'OPEN', title: 't', idempotencyKey: null, payloadHash: null },
      ]);
    } finally {
      await embedded.dataSource.destroy();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
