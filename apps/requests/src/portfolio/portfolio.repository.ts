import { parsePortfolioKey, periodOf, type PortfolioFilter, type RequestDimension } from '@mieux/domain';
import type { DataSource } from 'typeorm';

/** The SQL selection of the requests a portfolio filter covers, by expression of interest date. */
function where(filter: PortfolioFilter): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const period = periodOf(filter);
  if (!period) clauses.push('1 = 0');
  if (period?.from) {
    clauses.push('r.expression_of_interest_on >= ?');
    params.push(period.from);
  }
  if (period?.to) {
    clauses.push('r.expression_of_interest_on <= ?');
    params.push(period.to);
  }
  if (filter.region) {
    clauses.push('r.region = ?');
    params.push(filter.region);
  }
  if (filter.countryCode) {
    clauses.push('r.beneficiary_code = ?');
    params.push(filter.countryCode.toUpperCase());
  }
  if (filter.thematicArea) {
    clauses.push('r.id IN (SELECT ft.request_id FROM request_thematic_area ft WHERE ft.code = ?)');
    params.push(filter.thematicArea);
  }
  return { sql: clauses.length ? clauses.join(' AND ') : '1 = 1', params };
}

const GROUPINGS: Record<RequestDimension, { join: string; value: string }> = {
  THEMATIC_AREA: { join: 'JOIN request_thematic_area t ON t.request_id = r.id', value: 't.code' },
  REGION: { join: '', value: 'r.region' },
  YEAR: { join: '', value: 'SUBSTR(r.expression_of_interest_on, 1, 4)' },
  COUNTRY: { join: '', value: 'r.beneficiary_code' },
};

/** The requests figures of portfolios and their slices: one aggregate statement per portfolio. */
export class PortfolioRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * How many requests took each number of days from expression of interest to final decision
   * (approved or rejected), per year of decision, between two years: one grouped statement.
   */
  async decisionDays(fromYear: number, toYear: number): Promise<{ year: number; days: number; count: number }[]> {
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

  /** Requests received per portfolio key. */
  async countRequests(keys: readonly string[]): Promise<number[]> {
    return Promise.all(
      keys.map(async (key) => {
        const { sql, params } = where(parsePortfolioKey(key));
        const [row] = await this.dataSource.query<{ n: string | number }[]>(`SELECT COUNT(*) AS n FROM request r WHERE ${sql}`, params);
        return Number(row.n);
      }),
    );
  }

  /**
   * Requests per slice value for the dimensions asked, of one portfolio: one statement, a UNION ALL
   * of one grouped SELECT per dimension. Returns counts keyed by `<DIMENSION>|<value>`.
   */
  async countBySlice(key: string, dimensions: readonly RequestDimension[]): Promise<Map<string, number>> {
    const { sql, params } = where(parsePortfolioKey(key));
    const parts = dimensions.map((dimension) => {
      const g = GROUPINGS[dimension];
      return `SELECT '${dimension}' AS dimension, ${g.value} AS value, COUNT(DISTINCT r.id) AS n FROM request r ${g.join} WHERE ${sql} GROUP BY ${g.value}`;
    });
    const rows: { dimension: string; value: string | null; n: number | string }[] = await this.dataSource.query(
      parts.join(' UNION ALL '),
      dimensions.flatMap(() => params),
    );
    return new Map(rows.map((row) => [`${row.dimension}|${row.value}`, Number(row.n)]));
  }
}
