import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Follow-ups of closed Actions (policy adopted, practice still in use), for the sustainability figure. */
export class FollowUps1766500000000 implements MigrationInterface {
  name = 'FollowUps1766500000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'follow_up',
        columns: [
          { name: 'action_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'months_after', type: 'int', isPrimary: true },
          { name: 'date', type: 'date' },
          { name: 'policy_adopted', type: 'boolean' },
          { name: 'practice_in_use', type: 'boolean' },
          { name: 'note', type: 'text', isNullable: true },
          { name: 'recorded_at', type: 'datetime', precision: 3 },
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('follow_up');
  }
}
