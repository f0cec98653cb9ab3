import { Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Indicators measured per period: each period's target and actual move to their own table, keyed by
 * indicator and period; the one period each indicator had is kept as its first.
 */
export class IndicatorPeriods1765400000000 implements MigrationInterface {
  name = 'IndicatorPeriods1765400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'indicator_period',
        columns: [
          { name: 'indicator_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'period', type: 'varchar', length: '40', isPrimary: true },
          { name: 'target', type: 'double' },
          { name: 'actual', type: 'double', isNullable: true },
        ],
        foreignKeys: [{ columnNames: ['indicator_id'], referencedTableName: 'indicator', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
      }),
    );
    await runner.query('INSERT INTO indicator_period (indicator_id, period, target, actual) SELECT id, period, target, actual FROM indicator');
    for (const column of ['target', 'actual', 'period']) await runner.dropColumn('indicator', column);
  }

  /** Back to one period per indicator: the last of its periods by name. */
  async down(runner: QueryRunner): Promise<void> {
    await runner.addColumns('indicator', [
      new TableColumn({ name: 'target', type: 'double', default: 0 }),
      new TableColumn({ name: 'actual', type: 'double', isNullable: true }),
      new TableColumn({ name: 'period', type: 'varchar', length: '40', default: "''" }),
    ]);
    const last = (column: string) => `(SELECT p.${column} FROM indicator_period p WHERE p.indicator_id = indicator.id ORDER BY p.period DESC LIMIT 1)`;
    await runner.query(`UPDATE indicator SET target = COALESCE(${last('target')}, 0), actual = ${last('actual')}, period = COALESCE(${last('period')}, '')`);
    await runner.dropTable('indicator_period');
  }
}
