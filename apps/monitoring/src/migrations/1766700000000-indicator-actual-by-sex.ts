import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/** An indicator period's actual by sex, for indicators counting people (periods recorded before have none). */
export class IndicatorActualBySex1766700000000 implements MigrationInterface {
  name = 'IndicatorActualBySex1766700000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumns('indicator_period', [
      new TableColumn({ name: 'actual_women', type: 'int', isNullable: true }),
      new TableColumn({ name: 'actual_men', type: 'int', isNullable: true }),
      new TableColumn({ name: 'actual_undisclosed', type: 'int', isNullable: true }),
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const column of ['actual_undisclosed', 'actual_men', 'actual_women']) await runner.dropColumn('indicator_period', column);
  }
}
