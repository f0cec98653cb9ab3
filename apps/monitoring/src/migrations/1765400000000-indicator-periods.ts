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

  /**
   * Back to one period per indicator: the last of its periods by name. Read before the columns come
   * back: the embedded database rebuilds the table to add them, and its periods go with the old one.
   */
  async down(runner: QueryRunner): Promise<void> {
    const last = (await runner.query(
      `SELECT p.indicator_id, p.period, p.target, p.actual FROM indicator_period p
        WHERE p.period = (SELECT MAX(q.period) FROM indicator_period q WHERE q.indicator_id = p.indicator_id)`,
    )) as { indicator_id: string; period: string; target: number; actual: number | null }[];
    await runner.addColumns('indicator', [
      new TableColumn({ name: 'target', type: 'double', default: 0 }),
      new TableColumn({ name: 'actual', type: 'double', isNullable: true }),
      new TableColumn({ name: 'period', type: 'varchar', length: '40', default: "''" }),
    ]);
    for (const p of last) {
      await runner.query('UPDATE indicator SET target = ?, actual = ?, period = ? WHERE id = ?', [p.target, p.actual, p.period, p.indicator_id]);
    }
    await runner.dropTable('indicator_period');
  }
}
