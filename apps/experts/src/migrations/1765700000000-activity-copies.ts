import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The activities' dates and statuses and the deployments the roster keeps from the actions service's events. */
export class ActivityCopies1765700000000 implements MigrationInterface {
  name = 'ActivityCopies1765700000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'activity_copy',
        columns: [
          { name: 'activity_id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'action_id', type: 'varchar', length: '64' },
          { name: 'starts_on', type: 'varchar', length: '10' },
          { name: 'ends_on', type: 'varchar', length: '10' },
          { name: 'status', type: 'varchar', length: '16' },
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'deployment_copy',
        columns: [
          { name: 'deployment_id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'activity_id', type: 'varchar', length: '64' },
          { name: 'expert_id', type: 'varchar', length: '64' },
          { name: 'active', type: 'boolean' },
        ],
        indices: [{ name: 'idx_deployment_copy_expert', columnNames: ['expert_id', 'active'] }],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('deployment_copy');
    await runner.dropTable('activity_copy');
  }
}
