import { revertLastMigration } from '@mieux/service-kit';
import { migrationDataSource } from '@mieux/service-kit/testing';
import { actionsService } from '../src/service';

describe('the migration to working languages and sub-topics', () => {
  it.each(['MySQL', 'the embedded database'] as const)(
    'gives each activity already planned the languages of its country, each Action no sub-topic, and reverts (%s)',
    async (kind) => {
      const { dataSource, drop } = await migrationDataSource(kind, 'actions_languages', actionsService.migrations);
      await dataSource.initialize();
      try {
        await dataSource.runMigrations({ transaction: 'each' });
        expect(await revertLastMigration(dataSource)).toBe('ActivityWorkingLanguages1766250000000');
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
        await revertLastMigration(dataSource);
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
