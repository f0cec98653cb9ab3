import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Each move of an Action, with who made it (a role and an opaque caller id, never an e-mail), when and why. */
export class ActionHistory1765300000000 implements MigrationInterface {
  name = 'ActionHistory1765300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'action_transition',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'action_id', type: 'varchar', length: '36' },
          { name: 'from_status', type: 'varchar', length: '24', isNullable: true },
          { name: 'to_status', type: 'varchar', length: '24' },
          { name: 'role', type: 'varchar', length: '32', isNullable: true },
          { name: 'actor_id', type: 'varchar', length: '32', isNullable: true },
          { name: 'at', type: 'datetime', precision: 3 },
          { name: 'reason', type: 'varchar', length: '2000', isNullable: true },
        ],
        indices: [new TableIndex({ name: 'idx_action_transition_action', columnNames: ['action_id'] })],
        foreignKeys: [{ columnNames: ['action_id'], referencedTableName: 'action', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('action_transition');
  }
}
