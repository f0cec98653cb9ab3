import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The partner institutions of each Action, copied from its request when it is created. */
export class ActionPartners1765100000000 implements MigrationInterface {
  name = 'ActionPartners1765100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'action_partner',
        columns: [
          { name: 'action_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'institution_id', type: 'varchar', length: '36', isPrimary: true },
        ],
        indices: [new TableIndex({ name: 'idx_action_partner_institution', columnNames: ['institution_id'] })],
        foreignKeys: [{ columnNames: ['action_id'], referencedTableName: 'action', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('action_partner');
  }
}
