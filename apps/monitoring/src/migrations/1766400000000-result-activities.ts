import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The activities that contributed to each result. */
export class ResultActivities1766400000000 implements MigrationInterface {
  name = 'ResultActivities1766400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'result_activity',
        columns: [
          { name: 'result_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'activity_id', type: 'varchar', length: '64', isPrimary: true },
        ],
        indices: [new TableIndex({ name: 'idx_result_activity_activity', columnNames: ['activity_id'] })],
        foreignKeys: [{ columnNames: ['result_id'], referencedTableName: 'result', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('result_activity');
  }
}
