import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Invitations of experts to activities, answered by the expert before they are deployed; a
 * deployment remembers the invitation it came from, or why it was recorded after the fact.
 */
export class Invitations1766400000000 implements MigrationInterface {
  name = 'Invitations1766400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'invitation',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'activity_id', type: 'varchar', length: '36' },
          { name: 'expert_id', type: 'varchar', length: '36' },
          { name: 'role', type: 'varchar', length: '16' },
          { name: 'terms_of_reference', type: 'text' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'starts_on', type: 'date' },
          { name: 'ends_on', type: 'date' },
          { name: 'invited_at', type: 'datetime', precision: 3 },
          { name: 'expires_at', type: 'datetime', precision: 3 },
          { name: 'invited_by', type: 'varchar', length: '64', isNullable: true },
          { name: 'override_reason', type: 'varchar', length: '1000', isNullable: true },
          { name: 'answered_at', type: 'datetime', precision: 3, isNullable: true },
          { name: 'answer_reason', type: 'varchar', length: '1000', isNullable: true },
          { name: 'deployment_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'idempotency_key', type: 'varchar', length: '100', isNullable: true, isUnique: true },
          { name: 'payload_hash', type: 'varchar', length: '64', isNullable: true },
        ],
        indices: [
          new TableIndex({ name: 'idx_invitation_expert_dates', columnNames: ['expert_id', 'status', 'starts_on', 'ends_on'] }),
          new TableIndex({ name: 'idx_invitation_activity', columnNames: ['activity_id'] }),
          new TableIndex({ name: 'idx_invitation_expiry', columnNames: ['status', 'expires_at'] }),
        ],
      }),
    );
    await runner.addColumns('deployment', [
      new TableColumn({ name: 'invitation_id', type: 'varchar', length: '36', isNullable: true }),
      new TableColumn({ name: 'recorded_reason', type: 'varchar', length: '1000', isNullable: true }),
    ]);
    await runner.createIndex('deployment', new TableIndex({ name: 'idx_deployment_invitation', columnNames: ['invitation_id'], isUnique: true }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropIndex('deployment', 'idx_deployment_invitation');
    await runner.dropColumn('deployment', 'recorded_reason');
    await runner.dropColumn('deployment', 'invitation_id');
    await runner.dropTable('invitation');
  }
}
