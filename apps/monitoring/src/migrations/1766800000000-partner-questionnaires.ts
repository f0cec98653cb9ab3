import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The institution that answered through a partner authority's link, and when: a partner institution
 * sees the questionnaires waiting for it and answers each once (the unique index holds it to one
 * answer per activity; unused links and participants' links keep none, and NULLs never clash).
 */
export class PartnerQuestionnaires1766800000000 implements MigrationInterface {
  name = 'PartnerQuestionnaires1766800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumns('evaluation_link', [
      new TableColumn({ name: 'answered_by', type: 'varchar', length: '64', isNullable: true }),
      new TableColumn({ name: 'answered_at', type: 'datetime', precision: 3, isNullable: true }),
    ]);
    await runner.createIndex(
      'evaluation_link',
      new TableIndex({ name: 'uq_evaluation_link_answered_by', columnNames: ['activity_id', 'answered_by'], isUnique: true }),
    );
    await runner.createIndex('evaluation_link', new TableIndex({ name: 'idx_evaluation_link_action', columnNames: ['action_id', 'respondent_type'] }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropIndex('evaluation_link', 'idx_evaluation_link_action');
    await runner.dropIndex('evaluation_link', 'uq_evaluation_link_answered_by');
    await runner.dropColumn('evaluation_link', 'answered_at');
    await runner.dropColumn('evaluation_link', 'answered_by');
  }
}
