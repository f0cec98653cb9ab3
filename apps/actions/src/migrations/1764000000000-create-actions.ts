import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { ACTION_REFERENCES } from '../action/action.entity';
import { EXPERT_LOCKS } from '../deployment/deployment.entity';

/** The actions schema, with the table API so it runs on MySQL and on the embedded database. */
export class CreateActions1764000000000 implements MigrationInterface {
  name = 'CreateActions1764000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'action',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'reference', type: 'varchar', length: '24', isUnique: true },
          // Once per request: the database refuses a second Action, whatever races.
          { name: 'request_id', type: 'varchar', length: '36', isUnique: true },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'beneficiary_code', type: 'varchar', length: '16' },
          { name: 'region', type: 'varchar', length: '40', isNullable: true },
          { name: 'thematic_areas', type: 'text' },
          { name: 'approved_on', type: 'date' },
          { name: 'status', type: 'varchar', length: '24' },
          { name: 'created_at', type: 'datetime', precision: 3 },
        ],
        indices: [
          new TableIndex({ name: 'idx_action_approved', columnNames: ['approved_on', 'id'] }),
          new TableIndex({ name: 'idx_action_beneficiary', columnNames: ['beneficiary_code'] }),
          new TableIndex({ name: 'idx_action_region', columnNames: ['region'] }),
          new TableIndex({ name: 'idx_action_status', columnNames: ['status'] }),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'action_thematic_area',
        columns: [
          { name: 'action_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'code', type: 'varchar', length: '48', isPrimary: true },
        ],
        indices: [new TableIndex({ name: 'idx_action_thematic_area_code', columnNames: ['code'] })],
        foreignKeys: [{ columnNames: ['action_id'], referencedTableName: 'action', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
      }),
    );
    await runner.createTable(ACTION_REFERENCES.table());
    await runner.createTable(
      new Table({
        name: 'activity',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'action_id', type: 'varchar', length: '36' },
          { name: 'type', type: 'varchar', length: '32' },
          { name: 'format', type: 'varchar', length: '48' },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'starts_on', type: 'date' },
          { name: 'ends_on', type: 'date' },
          { name: 'country_code', type: 'varchar', length: '16' },
          { name: 'city', type: 'varchar', length: '100', isNullable: true },
          { name: 'online', type: 'boolean' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'created_at', type: 'datetime', precision: 3 },
          { name: 'idempotency_key', type: 'varchar', length: '100', isNullable: true, isUnique: true },
          { name: 'payload_hash', type: 'varchar', length: '64', isNullable: true },
        ],
        indices: [new TableIndex({ name: 'idx_activity_action', columnNames: ['action_id', 'starts_on'] })],
        foreignKeys: [{ columnNames: ['action_id'], referencedTableName: 'action', referencedColumnNames: ['id'] }],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'deployment',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'activity_id', type: 'varchar', length: '36' },
          { name: 'expert_id', type: 'varchar', length: '36' },
          { name: 'role', type: 'varchar', length: '16' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'starts_on', type: 'date' },
          { name: 'ends_on', type: 'date' },
          { name: 'created_at', type: 'datetime', precision: 3 },
          { name: 'idempotency_key', type: 'varchar', length: '100', isNullable: true, isUnique: true },
          { name: 'payload_hash', type: 'varchar', length: '64', isNullable: true },
        ],
        indices: [
          new TableIndex({ name: 'idx_deployment_activity', columnNames: ['activity_id'] }),
          new TableIndex({ name: 'idx_deployment_expert_dates', columnNames: ['expert_id', 'status', 'starts_on', 'ends_on'] }),
          new TableIndex({ name: 'idx_deployment_dates', columnNames: ['status', 'starts_on', 'ends_on'] }),
        ],
        foreignKeys: [{ columnNames: ['activity_id'], referencedTableName: 'activity', referencedColumnNames: ['id'] }],
      }),
    );
    await runner.createTable(EXPERT_LOCKS.table());
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['expert_lock', 'deployment', 'activity', 'action_reference_sequence', 'action_thematic_area', 'action']) {
      await runner.dropTable(table);
    }
  }
}
