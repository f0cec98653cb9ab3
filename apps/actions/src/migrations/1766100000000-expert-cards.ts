import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The experts' public cards this service keeps from the experts service's events. */
export class ExpertCards1766100000000 implements MigrationInterface {
  name = 'ExpertCards1766100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'expert_card',
        columns: [
          { name: 'expert_id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'display_name', type: 'varchar', length: '200' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'employer_type', type: 'varchar', length: '40' },
          { name: 'public_official', type: 'boolean' },
          { name: 'nationality', type: 'varchar', length: '2' },
          { name: 'member_state', type: 'varchar', length: '2', isNullable: true },
          { name: 'changed_at', type: 'datetime', precision: 3 },
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('expert_card');
  }
}
