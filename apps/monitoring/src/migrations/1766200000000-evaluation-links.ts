import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The questionnaire's single-use links, and the relevance and usefulness an answer through one gives. */
export class EvaluationLinks1766200000000 implements MigrationInterface {
  name = 'EvaluationLinks1766200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'evaluation_link',
        columns: [
          { name: 'token_hash', type: 'varchar', length: '64', isPrimary: true },
          { name: 'activity_id', type: 'varchar', length: '36' },
          { name: 'action_id', type: 'varchar', length: '36' },
          { name: 'activity_title', type: 'varchar', length: '300' },
          { name: 'respondent_type', type: 'varchar', length: '24' },
          { name: 'opened_at', type: 'datetime', precision: 3 },
          { name: 'expires_at', type: 'datetime', precision: 3 },
          { name: 'used', type: 'boolean', default: false },
        ],
        indices: [new TableIndex({ name: 'idx_evaluation_link_activity', columnNames: ['activity_id', 'respondent_type', 'used'] })],
      }),
    );
    await runner.addColumns('evaluation', [
      new TableColumn({ name: 'relevance', type: 'varchar', length: '16', isNullable: true }),
      new TableColumn({ name: 'usefulness', type: 'varchar', length: '16', isNullable: true }),
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn('evaluation', 'usefulness');
    await runner.dropColumn('evaluation', 'relevance');
    await runner.dropTable('evaluation_link');
  }
}
