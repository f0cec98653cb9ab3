import { revertLastMigration } from '@mieux/service-kit';
import { migrationDataSource } from '@mieux/service-kit/testing';
import type { DataSource } from 'typeorm';
import { actionsService } from '../src/service';

/** Reverts the migrations from the last one down to `name` included; returns the last one reverted. */
async function revertDownTo(dataSource: DataSource, name: string): Promise<string | null> {
  let reverted: string | null;
  do reverted = await revertLastMigration(dataSource);
  while (reverted !== null && reverted !== name);
  return reverted;
}

describe('the migration to working languages and sub-topics', () => {
  it.each(['MySQL', 'the embedded database'] as const)(
    'gives each activity already planned the languages of its country, each Action no sub-topic, and reverts (%s)',
    async (kind) => {
      const { dataSource, drop } = await migrationDataSource(kind, 'actions_languages', actionsService.migrations);
      await dataSource.initialize();
      try {
        await dataSource.runMigrations({ transaction: 'each' });
        expect(await revertDownTo(dataSource, 'ActivityWorkingLanguages1766250000000')).toBe('ActivityWorkingLanguages1766250000000');
        await dataSource.query(
          `INSERT INTO action (id, reference, request_id, title, beneficiary_code, region, thematic_areas, approved_on, status, created_at)
             VALUES ('a1', 'MIEUX-2016-001', 'r1', 'Labour migration', 'ECOWAS', 'AFRICA', '["LEGAL_MIGRATION_AND_MOBILITY"]', '2016-03-01', 'PLANNED', '2016-03-01 10:00:00')`,
        );
        for (const [id, country] of [
          ['x1', 'SN'],
          ['x2', 'NG'],
          ['x3', 'MA'],
          ['x4', 'SN'],
        ])
          await dataSource.query(
            `INSERT INTO activity (id, action_id, type, format, title, starts_on, ends_on, country_code, city, online, status, created_at)
               VALUES (?, 'a1', 'TRAINING', 'TRAINING_OF_TRAINERS', 'Training', '2016-05-01', '2016-05-02', ?, NULL, false, 'PLANNED', '2016-03-01 10:00:00')`,
            [id, country],
          );
        await dataSource.runMigrations({ transaction: 'each' });
        expect(await dataSource.query('SELECT id, working_languages FROM activity ORDER BY id')).toEqual([
          { id: 'x1', working_languages: '["fr"]' },
          { id: 'x2', working_languages: '["en"]' },
          { id: 'x3', working_languages: '["ar","fr"]' },
          { id: 'x4', working_languages: '["fr"]' },
        ]);
        expect(await dataSource.query('SELECT sub_topics FROM action')).toEqual([{ sub_topics: '[]' }]);
        await revertDownTo(dataSource, 'ActivityWorkingLanguages1766250000000');
        const columns = async (table: string) => (await dataSource.createQueryRunner().getTable(table))!.columns.map((c) => c.name);
        expect(await columns('activity')).not.toContain('working_languages');
        expect(await columns('action')).not.toContain('sub_topics');
      } finally {
        await dataSource.destroy();
        await drop();
      }
    },
  );
});

describe('the migration to invitations', () => {
  it.each(['MySQL', 'the embedded database'] as const)('adds the invitations and the deployments’ origin, and reverts (%s)', async (kind) => {
    const { dataSource, drop } = await migrationDataSource(kind, 'actions_invitations', actionsService.migrations);
    await dataSource.initialize();
    try {
      await dataSource.runMigrations({ transaction: 'each' });
      const table = async (name: string) => dataSource.createQueryRunner().getTable(name);
      expect((await table('deployment'))!.columns.map((c) => c.name)).toEqual(expect.arrayContaining(['invitation_id', 'recorded_reason']));
      expect(await revertDownTo(dataSource, 'Invitations1766400000000')).toBe('Invitations1766400000000');
      expect(await table('invitation')).toBeUndefined();
      expect((await table('deployment'))!.columns.map((c) => c.name)).not.toContain('invitation_id');
      await dataSource.runMigrations({ transaction: 'each' });
      expect((await table('invitation'))!.columns.map((c) => c.name)).toContain('expires_at');
    } finally {
      await dataSource.destroy();
      await drop();
    }
  });
});
