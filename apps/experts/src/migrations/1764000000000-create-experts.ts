import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The roster schema, with the table API so it runs on MySQL and on the embedded database. */
export class CreateExperts1764000000000 implements MigrationInterface {
  name = 'CreateExperts1764000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'expert',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'full_name', type: 'varchar', length: '200', isNullable: true },
          { name: 'email', type: 'varchar', length: '254', isNullable: true },
          { name: 'phone', type: 'varchar', length: '40', isNullable: true },
          { name: 'cv_summary', type: 'text', isNullable: true },
          { name: 'nationality', type: 'varchar', length: '2' },
          { name: 'employer_type', type: 'varchar', length: '40' },
          { name: 'public_official', type: 'boolean' },
          { name: 'member_state', type: 'varchar', length: '2', isNullable: true },
          { name: 'thematic_areas', type: 'text' },
          { name: 'sub_topics', type: 'text' },
          { name: 'languages', type: 'text' },
          { name: 'regions', type: 'text' },
          { name: 'countries_of_experience', type: 'text' },
          { name: 'availability', type: 'text' },
          { name: 'consent_given_at', type: 'datetime', precision: 3 },
          { name: 'privacy_notice_version', type: 'varchar', length: '20' },
          { name: 'consent_withdrawn_at', type: 'datetime', precision: 3, isNullable: true },
          { name: 'refusal_reason', type: 'text', isNullable: true },
          { name: 'erased_at', type: 'datetime', precision: 3, isNullable: true },
          { name: 'applied_at', type: 'datetime', precision: 3 },
          { name: 'idempotency_key', type: 'varchar', length: '100', isNullable: true, isUnique: true },
          { name: 'payload_hash', type: 'varchar', length: '64', isNullable: true },
        ],
        indices: [
          new TableIndex({ name: 'idx_expert_status', columnNames: ['status'] }),
          new TableIndex({ name: 'idx_expert_applied', columnNames: ['applied_at', 'id'] }),
          new TableIndex({ name: 'idx_expert_nationality', columnNames: ['nationality'] }),
          new TableIndex({ name: 'idx_expert_member_state', columnNames: ['member_state'] }),
          new TableIndex({ name: 'idx_expert_email', columnNames: ['email'] }),
        ],
      }),
    );
    for (const [name, length] of [
      ['expert_thematic_area', '48'],
      ['expert_language', '8'],
    ]) {
      await runner.createTable(
        new Table({
          name,
          columns: [
            { name: 'expert_id', type: 'varchar', length: '36', isPrimary: true },
            { name: 'code', type: 'varchar', length, isPrimary: true },
          ],
          indices: [new TableIndex({ name: `idx_${name}_code`, columnNames: ['code', 'expert_id'] })],
          foreignKeys: [{ columnNames: ['expert_id'], referencedTableName: 'expert', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
        }),
      );
    }
    await runner.createTable(
      new Table({
        name: 'expert_audit',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'expert_id', type: 'varchar', length: '36' },
          { name: 'action', type: 'varchar', length: '40' },
          { name: 'actor_role', type: 'varchar', length: '32', isNullable: true },
          { name: 'at', type: 'datetime', precision: 3 },
        ],
        indices: [new TableIndex({ name: 'idx_expert_audit_expert', columnNames: ['expert_id'] })],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['expert_audit', 'expert_language', 'expert_thematic_area', 'expert']) await runner.dropTable(table);
  }
}
