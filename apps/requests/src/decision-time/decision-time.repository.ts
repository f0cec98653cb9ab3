import type { DecisionDays } from './decision-time.model';
import type { DataSource } from 'typeorm';

/** The days requests took from expression of interest to decision, as the database counts them. */
export class DecisionTimeRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * How many requests took each number of days from expression of interest to final decision
   * (approved or rejected), per year of decision, between two years: one grouped statement.
   */
  async decisionDays(fromYear: number, toYear: number): Promise<DecisionDays[]> {
    const mysql = this.dataSource.options.type === 'mysql';
    const year = mysql ? 'YEAR(r.decision_on)' : 'CAST(SUBSTR(r.decision_on, 1, 4) AS INTEGER)';
    const days = mysql
      ? 'DATEDIFF(r.decision_on, r.expression_of_interest_on)'
      : 'CAST(julianday(r.decision_on) - julianday(r.expression_of_interest_on) AS INTEGER)';
    const rows: { year: number | string; days: number | string; n: number | string }[] = await this.dataSource.query(
      `SELECT ${year} AS year, ${days} AS days, COUNT(*) AS n FROM request r
        WHERE r.decision_outcome IN ('APPROVED', 'REJECTED') AND r.decision_on >= ? AND r.decision_on <= ?
        GROUP BY ${year}, ${days} ORDER BY year, days`,
      [`${fromYear}-01-01`, `${toYear}-12-31`],
    );
    return rows.map((r) => ({ year: Number(r.year), days: Number(r.days), count: Number(r.n) }));
  }
}
