import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The hash of each request's tracking code (trackRequest); requests recorded before have none. */
export class AddTrackingCodes1765000000000 implements MigrationInterface {
  name = 'AddTrackingCodes1765000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumn('request', new TableColumn({ name: 'tracking_code_hash', type: 'varchar', length: '64', isNullable: true }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn('request', 'tracking_code_hash');
  }
}
