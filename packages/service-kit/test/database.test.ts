import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { createLogger, inTransaction, isUniqueViolation, openDatabase } from '../src';
import { createTestDatabase, requireTestDatabaseServer, testDatabaseUrl } from '../src/testing';
import { CreateNotes1700000000000, NoteEntity } from './fixtures/notes-service';

const logger = createLogger('test', 'silent');
const schema = { entities: [NoteEntity], migrations: [CreateNotes1700000000000], logger };

describe('embedded database', () => {
  it('creates its file under the data folder, migrates, and keeps rows across restarts', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mieux-kit-'));
    try {
      const first = await openDatabase({ ...schema, databaseUrl: null, databaseName: 'mieux_notes', dataDir });
      expect(first.kind).toBe('sqljs');
      await first.dataSource.getRepository(NoteEntity).insert({ id: 'n1', title: 'kept', writtenOn: '2026-02-01' });
      await first.dataSource.destroy();
      expect(existsSync(join(dataDir, 'mieux_notes.sqlite'))).toBe(true);
      const second = await openDatabase({ ...schema, databaseUrl: null, databaseName: 'mieux_notes', dataDir });
      expect(await second.dataSource.getRepository(NoteEntity).findOneBy({ id: 'n1' })).toMatchObject({ title: 'kept', writtenOn: '2026-02-01' });
      await second.dataSource.destroy();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('lets concurrent transactions take turns on its single connection', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mieux-kit-'));
    const db = await openDatabase({ ...schema, databaseUrl: null, databaseName: 'turns', dataDir });
    try {
      await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          inTransaction(db.dataSource, (m) => m.getRepository(NoteEntity).insert({ id: `t${i}`, title: 't', writtenOn: '2026-01-01' })),
        ),
      );
      expect(await db.dataSource.getRepository(NoteEntity).count()).toBe(10);
    } finally {
      await db.dataSource.destroy();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('MySQL database', () => {
  it('creates the service database when missing and migrates it', async () => {
    const name = `mieux_test_kit_${randomUUID().slice(0, 8)}`;
    const db = await openDatabase({ ...schema, databaseUrl: testDatabaseUrl(), databaseName: name, dataDir: '.unused' });
    try {
      expect(db.kind).toBe('mysql');
      const tables = await db.dataSource.query('SHOW TABLES');
      expect(tables.map((t: Record<string, string>) => Object.values(t)[0])).toEqual(expect.arrayContaining(['note', 'migrations']));
    } finally {
      await db.dataSource.query(`DROP DATABASE \`${name}\``);
      await db.dataSource.destroy();
    }
  });

  it('retries a transaction that lost a deadlock and reports unique violations', async () => {
    const test = await createTestDatabase('kit');
    const db = await openDatabase({ ...schema, databaseUrl: test.databaseUrl, databaseName: test.databaseName, dataDir: '.unused' });
    try {
      let attempts = 0;
      const result = await inTransaction(db.dataSource, async (m) => {
        attempts += 1;
        if (attempts === 1) throw Object.assign(new Error('Deadlock found'), { code: 'ER_LOCK_DEADLOCK' });
        await m.getRepository(NoteEntity).insert({ id: 'd1', title: 'after retry', writtenOn: '2026-03-01' });
        return 'done';
      });
      expect(result).toBe('done');
      expect(attempts).toBe(2);
      const duplicate = await db.dataSource
        .getRepository(NoteEntity)
        .insert({ id: 'd1', title: 'again', writtenOn: '2026-03-01' })
        .catch((e: unknown) => e);
      expect(isUniqueViolation(duplicate)).toBe(true);
      await expect(
        inTransaction(db.dataSource, async () => {
          throw new Error('not retried');
        }),
      ).rejects.toThrow('not retried');
    } finally {
      await db.dataSource.destroy();
      await test.drop();
    }
  });

  it('says clearly when the test server cannot be reached, naming it', async () => {
    const before = process.env.TEST_DATABASE_URL;
    process.env.TEST_DATABASE_URL = 'mysql://root@127.0.0.1:1';
    try {
      const message = 'The tests need MySQL at mysql://root@127.0.0.1:1 (set TEST_DATABASE_URL) and could not reach it: connect ECONNREFUSED 127.0.0.1:1';
      await expect(createTestDatabase('kit')).rejects.toThrow(message);
      await expect(requireTestDatabaseServer()).rejects.toThrow(message);
    } finally {
      if (before === undefined) delete process.env.TEST_DATABASE_URL;
      else process.env.TEST_DATABASE_URL = before;
    }
  });
});
