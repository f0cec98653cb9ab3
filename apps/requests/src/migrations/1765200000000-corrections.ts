import { Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Corrections with history: kinds and deciding bodies on history lines, the versions of Action Fiches, eligibility overrides. */
export class Corrections1765200000000 implements MigrationInterface {
  name = 'Corrections1765200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumns('request_transition', [
      new TableColumn({ name: 'kind', type: 'varchar', length: '32', isNullable: true }),
      new TableColumn({ name: 'body', type: 'varchar', length: '16', isNullable: true }),
    ]);
    await runner.addColumns('request', [
      new TableColumn({ name: 'decision_body', type: 'varchar', length: '16', isNullable: true }),
      new TableColumn({ name: 'eligibility_override', type: 'text', isNullable: true }),
    ]);
    await runner.createTable(
      new Table({
        name: 'action_fiche_version',
        columns: [
          { name: 'request_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'version', type: 'integer', isPrimary: true },
          { name: 'fiche', type: 'text' },
        ],
        foreignKeys: [{ columnNames: ['request_id'], referencedTableName: 'request', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('action_fiche_version');
    await runner.dropColumn('request', 'eligibility_override');
    await runner.dropColumn('request', 'decision_body');
    await runner.dropColumn('request_transition', 'body');
    await runner.dropColumn('request_transition', 'kind');
  }
}
