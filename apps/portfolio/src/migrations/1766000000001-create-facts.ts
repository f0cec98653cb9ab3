import type { MigrationInterface, QueryRunner } from 'typeorm';
import { factTables } from '../portfolio/portfolio.entity';

/** The portfolio's facts tables, one per kind of fact (portfolio.entity.ts). */
export class CreateFacts1766000000001 implements MigrationInterface {
  name = 'CreateFacts1766000000001';

  async up(runner: QueryRunner): Promise<void> {
    for (const table of factTables()) await runner.createTable(table);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of factTables().reverse()) await runner.dropTable(table.name);
  }
}
