import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Each correction or rescheduling of an activity: the fields changed, who (a role and an opaque caller id), when and why. */
export class ActivityChanges1765700000000 implements MigrationInterface {
  name = 'ActivityChanges1765700000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'activity_change',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'activity_id', type: 'varchar', length: '36' },
          { name: 'changes', type: 'text' },
          { name: 'role', type: 'varchar', length: '32', isNullable: true },
          { name: 'actor_id', type: 'varchar', length: '32', isNullable: true },
          { name: 'at', type: 'datetime', precision: 3 },
          { name: 'reason', type: 'varchar', length: '2000', isNullable: true },
        ],
        indices: [new TableIndex({ name: 'idx_activity_change_activity', columnNames: ['activity_id'] })],
        foreignKeys: [{ columnNames: ['activity_id'], referencedTableName: 'activity', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('activity_change');
  }
}
