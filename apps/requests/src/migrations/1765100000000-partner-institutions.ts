import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Partner institutions, and the requests linked to them (with the links kept on the request for reading). */
export class PartnerInstitutions1765100000000 implements MigrationInterface {
  name = 'PartnerInstitutions1765100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'partner_institution',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'type', type: 'varchar', length: '32' },
          { name: 'country_code', type: 'varchar', length: '16', isNullable: true },
          { name: 'contacts', type: 'text' },
          { name: 'created_at', type: 'datetime', precision: 3 },
          { name: 'idempotency_key', type: 'varchar', length: '100', isNullable: true, isUnique: true },
          { name: 'payload_hash', type: 'varchar', length: '64', isNullable: true },
        ],
        indices: [new TableIndex({ name: 'idx_partner_institution_name', columnNames: ['name', 'id'] })],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'request_partner',
        columns: [
          { name: 'request_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'institution_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'linked_at', type: 'datetime', precision: 3 },
        ],
        indices: [new TableIndex({ name: 'idx_request_partner_institution', columnNames: ['institution_id'] })],
        foreignKeys: [
          { columnNames: ['request_id'], referencedTableName: 'request', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
          { columnNames: ['institution_id'], referencedTableName: 'partner_institution', referencedColumnNames: ['id'] },
        ],
      }),
    );
    await runner.addColumn('request', new TableColumn({ name: 'partner_ids', type: 'text', isNullable: true }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn('request', 'partner_ids');
    await runner.dropTable('request_partner');
    await runner.dropTable('partner_institution');
  }
}
