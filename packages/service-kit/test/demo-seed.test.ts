import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, loadDemoOnce, openDatabase, type DemoLoadSteps, type ServiceDataSource } from '../src';
import { createTestDatabase, type TestDatabase } from '../src/testing';
import { CreateNotes1700000000000, NoteEntity } from './fixtures/notes-service';

const logger = createLogger('test', 'silent');
const schema = { entities: [NoteEntity], migrations: [CreateNotes1700000000000], logger };
const NOTES = 30;

/** Writes the notes one by one; with `failAfter`, stops there as a killed process would. */
function steps(db: ServiceDataSource, failAfter?: number): DemoLoadSteps {
  return {
    migrate: async () => void (await db.dataSource.runMigrations({ transaction: 'each' })),
    load: async () => {
      for (let i = 0; i < NOTES; i += 1) {
        if (i === failAfter) throw new Error('stopped mid-load');
        await db.dataSource.getRepository(NoteEntity).insert({ id: `n${i}`, title: 'demo', writtenOn: '2026-01-01' });
      }
    },
  };
}

const count = (db: ServiceDataSource) => db.dataSource.getRepository(NoteEntity).count();

describe.each(['mysql', 'embedded'] as const)('loading the demo portfolio once (%s)', (kind) => {
  let mysql: TestDatabase | null = null;
  let dataDir = '';
  let db: ServiceDataSource;
  const open = () => openDatabase({ ...schema, databaseUrl: mysql?.databaseUrl ?? null, databaseName: mysql?.databaseName ?? 'notes', dataDir });

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'mieux-demo-'));
    mysql = kind === 'mysql' ? await createTestDatabase('demo_seed') : null;
    db = await open();
  });
  afterEach(async () => {
    if (db.dataSource.isInitialized) await db.dataSource.destroy();
    await mysql?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('loads into an empty database, then leaves the whole load alone', async () => {
    expect(await loadDemoOnce(db.dataSource, logger, 1, steps(db))).toBe('loaded');
    expect(await loadDemoOnce(db.dataSource, logger, 1, steps(db))).toBe('already loaded');
    expect(await count(db)).toBe(NOTES);
  });

  it('empties a database whose load was interrupted and loads it from scratch on the next start', async () => {
    await expect(loadDemoOnce(db.dataSource, logger, 1, steps(db, 12))).rejects.toThrow('stopped mid-load');
    await db.dataSource.destroy();
    db = await open();
    expect(await count(db)).toBe(12);
    expect(await loadDemoOnce(db.dataSource, logger, 1, steps(db))).toBe('reloaded');
    expect(await count(db)).toBe(NOTES);
    expect(await loadDemoOnce(db.dataSource, logger, 1, steps(db))).toBe('already loaded');
    if (kind === 'embedded') {
      // Saved by renaming a complete temporary file: nothing empty, nothing left behind.
      expect(readdirSync(dataDir)).toEqual(['notes.sqlite']);
      expect(statSync(join(dataDir, 'notes.sqlite')).size).toBeGreaterThan(0);
    }
  });

  it("leaves a database that holds someone's data without a demo mark as it is", async () => {
    await db.dataSource.getRepository(NoteEntity).insert({ id: 'mine', title: 'real', writtenOn: '2026-02-01' });
    expect(await loadDemoOnce(db.dataSource, logger, 1, steps(db))).toBe('other data present');
    expect(await db.dataSource.getRepository(NoteEntity).find()).toEqual([{ id: 'mine', title: 'real', writtenOn: '2026-02-01' }]);
  });
});
