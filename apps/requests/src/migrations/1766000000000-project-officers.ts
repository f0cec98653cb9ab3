import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Project officers and the regions they coordinate; the officer in charge of each request. */
export class ProjectOfficers1766000000000 implements MigrationInterface {
  name = 'ProjectOfficers1766000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'project_officer',
        columns: [
          { name: 'id', type: 'varchar', length: '32', isPrimary: true },
          { name: 'display_name', type: 'varchar', length: '200' },
          { name: 'coordinator_of', type: 'varchar', length: '40', isNullable: true, isUnique: true },
        ],
      }),
    );
    await runner.addColumn('request', new TableColumn({ name: 'assigned_officer_id', type: 'varchar', length: '32', isNullable: true }));
    await runner.createIndex(
      'request',
      new TableIndex({ name: 'idx_request_assigned_officer', columnNames: ['assigned_officer_id', 'expression_of_interest_on', 'id'] }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropIndex('request', 'idx_request_assigned_officer');
    await runner.dropColumn('request', 'assigned_officer_id');
    await runner.dropTable('project_officer');
  }
}
