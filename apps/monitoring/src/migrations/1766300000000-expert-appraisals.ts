import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Project officers' appraisals of the experts deployed on held activities. */
export class ExpertAppraisals1766300000000 implements MigrationInterface {
  name = 'ExpertAppraisals1766300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'expert_appraisal',
        columns: [
          { name: 'activity_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'expert_id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'action_id', type: 'varchar', length: '36' },
          { name: 'rating', type: 'varchar', length: '16' },
          { name: 'would_deploy_again', type: 'boolean' },
          { name: 'comment', type: 'text', isNullable: true },
          { name: 'appraised_at', type: 'datetime', precision: 3 },
          { name: 'appraised_by', type: 'varchar', length: '64' },
        ],
        indices: [new TableIndex({ name: 'idx_expert_appraisal_expert', columnNames: ['expert_id'] })],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('expert_appraisal');
  }
}
