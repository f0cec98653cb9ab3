import { Table, TableIndex, TableUnique, type MigrationInterface, type QueryRunner } from 'typeorm';
import { ACTIVITY_LOCKS } from '../participation/participation.entity';

const id36 = (name: string) => ({ name, type: 'varchar', length: '36' });

/** The monitoring schema, with the table API so it runs on MySQL and on the embedded database. */
export class CreateMonitoring1764000000000 implements MigrationInterface {
  name = 'CreateMonitoring1764000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'participation',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          id36('activity_id'),
          id36('action_id'),
          { name: 'total', type: 'int' },
          { name: 'women', type: 'int' },
          { name: 'men', type: 'int' },
          { name: 'undisclosed', type: 'int' },
          { name: 'institutions', type: 'text' },
          { name: 'recorded_at', type: 'datetime', precision: 3 },
          { name: 'current', type: 'boolean' },
        ],
        indices: [
          new TableIndex({ name: 'idx_participation_activity', columnNames: ['activity_id', 'current'] }),
          new TableIndex({ name: 'idx_participation_action', columnNames: ['action_id', 'current'] }),
        ],
      }),
    );
    await runner.createTable(ACTIVITY_LOCKS.table());
    await runner.createTable(
      new Table({
        name: 'evaluation',
        columns: [
          { ...id36('id'), isPrimary: true },
          id36('activity_id'),
          id36('action_id'),
          { name: 'respondent_type', type: 'varchar', length: '24' },
          { name: 'rating', type: 'varchar', length: '16' },
          { name: 'comment', type: 'text', isNullable: true },
          { name: 'submitted_at', type: 'datetime', precision: 3 },
          { name: 'submitted_by', type: 'varchar', length: '254', isNullable: true },
          { name: 'idempotency_key', type: 'varchar', length: '100', isNullable: true, isUnique: true },
          { name: 'payload_hash', type: 'varchar', length: '64', isNullable: true },
        ],
        indices: [new TableIndex({ name: 'idx_evaluation_activity', columnNames: ['activity_id', 'rating'] })],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'result',
        columns: [
          { ...id36('id'), isPrimary: true },
          id36('action_id'),
          { name: 'type', type: 'varchar', length: '40' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'title', type: 'varchar', length: '300' },
          { name: 'date', type: 'date' },
          { name: 'idempotency_key', type: 'varchar', length: '100', isNullable: true, isUnique: true },
          { name: 'payload_hash', type: 'varchar', length: '64', isNullable: true },
        ],
        indices: [new TableIndex({ name: 'idx_result_action', columnNames: ['action_id', 'type'] })],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'indicator',
        columns: [
          { ...id36('id'), isPrimary: true },
          id36('action_id'),
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'unit', type: 'varchar', length: '40' },
          { name: 'baseline', type: 'double' },
          { name: 'target', type: 'double' },
          { name: 'actual', type: 'double', isNullable: true },
          { name: 'period', type: 'varchar', length: '40' },
        ],
        uniques: [new TableUnique({ name: 'uq_indicator_action_name', columnNames: ['action_id', 'name'] })],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'final_evaluation',
        columns: [
          { ...id36('action_id'), isPrimary: true },
          { name: 'summary', type: 'text' },
          { name: 'rating', type: 'varchar', length: '16' },
          { name: 'date', type: 'date' },
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['final_evaluation', 'indicator', 'result', 'evaluation', 'activity_lock', 'participation']) await runner.dropTable(table);
  }
}
