import type { MigrationInterface, QueryRunner } from 'typeorm';
import { factTables, FOLLOW_UPS } from '../portfolio/portfolio.entity';

/** The follow-ups' facts table (the sustainability figure). */
export class FollowUpFacts1766000000002 implements MigrationInterface {
  name = 'FollowUpFacts1766000000002';

  async up(runner: QueryRunner): Promise<void> {
    for (const table of factTables(FOLLOW_UPS)) await runner.createTable(table);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of factTables(FOLLOW_UPS).reverse()) await runner.dropTable(table.name);
  }
}
