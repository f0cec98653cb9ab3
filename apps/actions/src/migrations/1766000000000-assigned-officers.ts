import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The project officer in charge of each Action. */
export class AssignedOfficers1766000000000 implements MigrationInterface {
  name = 'AssignedOfficers1766000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumn('action', new TableColumn({ name: 'assigned_officer_id', type: 'varchar', length: '32', isNullable: true }));
    await runner.createIndex('action', new TableIndex({ name: 'idx_action_assigned_officer', columnNames: ['assigned_officer_id', 'approved_on', 'id'] }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropIndex('action', 'idx_action_assigned_officer');
    await runner.dropColumn('action', 'assigned_officer_id');
  }
}
