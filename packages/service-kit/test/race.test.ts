import { createLogger, inTransaction, openDatabase, type ServiceDataSource } from '../src';
import { createTestDatabase, raceOnRow, whileCallWaitsOnRow, type TestDatabase } from '../src/testing';
import { CreateNotes1700000000000, NoteEntity } from './fixtures/notes-service';

let test: TestDatabase;
let db: ServiceDataSource;
beforeAll(async () => {
  test = await createTestDatabase('kit_race');
  db = await openDatabase({
    entities: [NoteEntity],
    migrations: [CreateNotes1700000000000],
    logger: createLogger('test', 'silent'),
    databaseUrl: test.databaseUrl,
    databaseName: test.databaseName,
    dataDir: '.unused',
  });
  await db.dataSource.getRepository(NoteEntity).insert({ id: 'n1', title: 'draft', writtenOn: '2026-01-01' });
});
afterAll(async () => {
  await db?.dataSource.destroy();
  await test?.drop();
});

const target = () => ({ config: { databaseUrl: test.databaseUrl, databaseName: test.databaseName } });
/** Moves the note's title after reading it, as a service's transition does: compare-and-set, or a plain update. */
const move = (to: string, guarded: boolean) => () =>
  inTransaction(db.dataSource, async (manager) => {
    const row = await manager.findOneByOrFail(NoteEntity, { id: 'n1' });
    const where = guarded ? 'id = :id AND title = :title' : 'id = :id';
    const result = await manager.createQueryBuilder().update(NoteEntity).set({ title: to }).where(where, { id: 'n1', title: row.title }).execute();
    return result.affected === 1;
  });

describe('raceOnRow', () => {
  it('lets every call read before any writes: a compare-and-set applies once, a plain update every time', async () => {
    expect(
      (
        await raceOnRow(
          target(),
          'note',
          'n1',
          ['a', 'b', 'c'].map((to) => move(to, true)),
        )
      ).filter(Boolean),
    ).toHaveLength(1);
    expect(
      await raceOnRow(
        target(),
        'note',
        'n1',
        ['d', 'e', 'f'].map((to) => move(to, false)),
      ),
    ).toEqual([true, true, true]);
  });

  it('with inOrder, makes the calls write in the order given, every time', async () => {
    const titleNow = async () => (await db.dataSource.getRepository(NoteEntity).findOneByOrFail({ id: 'n1' })).title;
    for (const order of [
      ['p', 'q', 'r'],
      ['r', 'q', 'p'],
      ['q', 'r', 'p'],
    ]) {
      // Plain updates all apply: the last to write leaves its title, and only an orderly queue makes that the last given.
      expect(
        await raceOnRow(
          target(),
          'note',
          'n1',
          order.map((to) => move(to, false)),
          { inOrder: true },
        ),
      ).toEqual([true, true, true]);
      expect(await titleNow()).toBe(order[2]);
    }
  });

  it('says so when a call never waits on the row, instead of passing an unforced race', async () => {
    const reader = () => db.dataSource.getRepository(NoteEntity).findOneBy({ id: 'n1' });
    await expect(raceOnRow(target(), 'note', 'n1', [reader, reader], { timeoutMs: 500 })).rejects.toThrow(
      'raceOnRow: only 0 of 2 calls waited on note n1; the race was not forced',
    );
    await expect(raceOnRow(target(), 'note', 'missing', [reader])).rejects.toThrow('raceOnRow: no row missing in note');
  });
});

describe('whileCallWaitsOnRow', () => {
  it('runs what must happen while the call waits on the row, so the call reads it after', async () => {
    await db.dataSource.getRepository(NoteEntity).insert({ id: 'n2', title: 'before', writtenOn: '2026-01-01' });
    // Writes n1, then reads n2 as it stands: the holder's lock on n1 makes it read n2 after `meanwhile`.
    const call = () =>
      inTransaction(db.dataSource, async (manager) => {
        await manager.update(NoteEntity, { id: 'n1' }, { title: 'written' });
        return (await manager.findOneByOrFail(NoteEntity, { id: 'n2' })).title;
      });
    const meanwhile = async () => void (await db.dataSource.getRepository(NoteEntity).update({ id: 'n2' }, { title: 'changed meanwhile' }));
    expect(await whileCallWaitsOnRow(target(), 'note', { id: 'n1' }, call, meanwhile)).toBe('changed meanwhile');
  });

  it('says so when the call never waits, and never runs what was to happen meanwhile', async () => {
    let ran = false;
    const meanwhile = async () => void (ran = true);
    const reader = async () => (await db.dataSource.getRepository(NoteEntity).findOneByOrFail({ id: 'n1' })).title;
    await expect(whileCallWaitsOnRow(target(), 'note', { id: 'n1' }, reader, meanwhile, 300)).rejects.toThrow(
      'whileCallWaitsOnRow: the call never waited on note n1; the interleaving was not forced',
    );
    expect(ran).toBe(false);
  });
});
