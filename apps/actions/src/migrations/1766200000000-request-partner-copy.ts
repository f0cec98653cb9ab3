import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The partner institutions of each request, kept from the requests service's events. */
export class RequestPartnerCopy1766200000000 implements MigrationInterface {
  name = 'RequestPartnerCopy1766200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'request_partner_copy',
        columns: [
          { name: 'request_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'institution_id', type: 'varchar', length: '36', isPrimary: true },
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('request_partner_copy');
  }
}
