import type { MigrationInterface, QueryRunner } from 'typeorm';
import { factTables, INVITATIONS } from '../portfolio/portfolio.entity';

/** The invitations' facts table (invitations sent, answered and the time to acceptance). */
export class InvitationFacts1766000000003 implements MigrationInterface {
  name = 'InvitationFacts1766000000003';

  async up(runner: QueryRunner): Promise<void> {
    for (const table of factTables(INVITATIONS)) await runner.createTable(table);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of factTables(INVITATIONS).reverse()) await runner.dropTable(table.name);
  }
}
