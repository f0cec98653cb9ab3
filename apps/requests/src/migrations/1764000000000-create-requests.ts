import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { REQUEST_REFERENCES } from '../request/request.entity';

/** The requests schema; written with the table API so it runs on MySQL and on the embedded database. */
export class CreateRequests1764000000000 implements MigrationInterface {
  name = 'CreateRequests1764000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'request',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'reference', type: 'varchar', length: '20', isUnique: true },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'status', type: 'varchar', length: '32' },
          { name: 'channel', type: 'varchar', length: '16' },
          { name: 'beneficiary_code', type: 'varchar', length: '16' },
          { name: 'region', type: 'varchar', length: '40', isNullable: true },
          { name: 'description', type: 'text' },
          { name: 'thematic_areas', type: 'text' },
          { name: 'sub_topics', type: 'text' },
          { name: 'institutions', type: 'text' },
          { name: 'contact_name', type: 'varchar', length: '200', isNullable: true },
          { name: 'contact_email', type: 'varchar', length: '254', isNullable: true },
          { name: 'contact_phone', type: 'varchar', length: '40', isNullable: true },
          { name: 'expression_of_interest_on', type: 'date' },
          { name: 'submitted_at', type: 'datetime', precision: 3 },
          { name: 'letter_reference', type: 'varchar', length: '100', isNullable: true },
          { name: 'letter_received_on', type: 'date', isNullable: true },
          { name: 'letter_channel', type: 'varchar', length: '16', isNullable: true },
          { name: 'eligibility', type: 'text', isNullable: true },
          { name: 'action_fiche', type: 'text', isNullable: true },
          { name: 'decision_outcome', type: 'varchar', length: '16', isNullable: true },
          { name: 'decision_on', type: 'date', isNullable: true },
          { name: 'decision_rationale', type: 'text', isNullable: true },
          { name: 'approved_on', type: 'date', isNullable: true },
          { name: 'idempotency_key', type: 'varchar', length: '100', isNullable: true, isUnique: true },
          { name: 'payload_hash', type: 'varchar', length: '64', isNullable: true },
        ],
        indices: [
          new TableIndex({ name: 'idx_request_eoi', columnNames: ['expression_of_interest_on', 'id'] }),
          new TableIndex({ name: 'idx_request_status', columnNames: ['status'] }),
          new TableIndex({ name: 'idx_request_beneficiary', columnNames: ['beneficiary_code'] }),
          new TableIndex({ name: 'idx_request_region', columnNames: ['region'] }),
          new TableIndex({ name: 'idx_request_contact', columnNames: ['contact_email'] }),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'request_thematic_area',
        columns: [
          { name: 'request_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'code', type: 'varchar', length: '48', isPrimary: true },
        ],
        indices: [new TableIndex({ name: 'idx_request_thematic_area_code', columnNames: ['code'] })],
        foreignKeys: [{ columnNames: ['request_id'], referencedTableName: 'request', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'request_transition',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'request_id', type: 'varchar', length: '36' },
          { name: 'from_status', type: 'varchar', length: '32', isNullable: true },
          { name: 'to_status', type: 'varchar', length: '32' },
          { name: 'at', type: 'datetime', precision: 3 },
          { name: 'actor', type: 'varchar', length: '254', isNullable: true },
          { name: 'role', type: 'varchar', length: '32', isNullable: true },
          { name: 'reason', type: 'text', isNullable: true },
        ],
        indices: [new TableIndex({ name: 'idx_request_transition_request', columnNames: ['request_id', 'id'] })],
        foreignKeys: [{ columnNames: ['request_id'], referencedTableName: 'request', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
      }),
    );
    await runner.createTable(REQUEST_REFERENCES.table());
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['request_reference_sequence', 'request_transition', 'request_thematic_area', 'request']) {
      await runner.dropTable(table);
    }
  }
}
