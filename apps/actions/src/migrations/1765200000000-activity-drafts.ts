import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The activities an Action Fiche planned, as drafts of the Action waiting for their dates. */
export class ActivityDrafts1765200000000 implements MigrationInterface {
  name = 'ActivityDrafts1765200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'activity_draft',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'action_id', type: 'varchar', length: '36' },
          { name: 'type', type: 'varchar', length: '32' },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'position', type: 'integer' },
          // Once dated, a draft is one activity, and an activity comes from one draft at most.
          { name: 'activity_id', type: 'varchar', length: '36', isNullable: true, isUnique: true },
        ],
        indices: [new TableIndex({ name: 'idx_activity_draft_action', columnNames: ['action_id', 'position'] })],
        foreignKeys: [{ columnNames: ['action_id'], referencedTableName: 'action', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('activity_draft');
  }
}
