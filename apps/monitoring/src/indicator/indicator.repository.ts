import { randomUUID } from 'node:crypto';
import { type DataSource } from 'typeorm';
import { assertActualBySex, assertIndicatorPeriodFits, assertUnitKeepsBySex } from '@mieux/domain';
import { findForUpdate, inTransaction, publish, retryOnUniqueViolation } from '@mieux/service-kit';
import { IndicatorEntity, IndicatorPeriodEntity, type BySex, type IndicatorPeriodRow, type IndicatorRow } from './indicator.entity';
import type { IndicatorModel } from './indicator.model';

/** What `set` writes: the indicator (found by Action and name) and one of its periods, its actual by sex when given. */
export type IndicatorFields = Omit<IndicatorRow, 'id'> & Pick<IndicatorPeriodRow, 'period' | 'target' | 'actual'> & { actualBySex: BySex | null };

export class IndicatorRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Creates the Action's indicator of that name or updates its unit and baseline, and sets one period's
   * target and actual, keeping the others. Writes to one indicator take turns on its row (of concurrent
   * creations one inserts, the others retry and update), so the bound on its periods holds.
   */
  set({ period, target, actual, actualBySex, ...fields }: IndicatorFields): Promise<IndicatorModel> {
    assertActualBySex(fields.unit, actual, actualBySex);
    const measured: IndicatorPeriodRow = {
      indicatorId: '',
      period,
      target,
      actual,
      actualWomen: actualBySex?.women ?? null,
      actualMen: actualBySex?.men ?? null,
      actualUndisclosed: actualBySex?.undisclosed ?? null,
    };
    return retryOnUniqueViolation(() =>
      inTransaction(this.dataSource, async (manager) => {
        const [existing] = await findForUpdate(manager, IndicatorEntity, { actionId: fields.actionId, name: fields.name });
        const row: IndicatorRow = { ...fields, id: existing?.id ?? randomUUID() };
        if (existing) await manager.update(IndicatorEntity, { id: row.id }, { unit: row.unit, baseline: row.baseline });
        else await manager.insert(IndicatorEntity, row);
        const others = await manager.findBy(IndicatorPeriodEntity, { indicatorId: row.id });
        assertUnitKeepsBySex(
          row.unit,
          others.some((p) => p.period !== period && p.actualWomen !== null),
        );
        assertIndicatorPeriodFits(
          others.map((p) => p.period),
          period,
        );
        const saved = { ...measured, indicatorId: row.id };
        await manager.save(IndicatorPeriodEntity, saved);
        const { id: indicatorId, actionId, name, unit, baseline } = row;
        await publish(manager, 'IndicatorSet', actionId, { indicatorId, actionId, name, unit, baseline, target, actual, period, actualBySex });
        const periods = [...others.filter((p) => p.period !== period), saved];
        return withPeriods(row, periods);
      }),
    );
  }

  /** The indicators of N Actions, by name, each with its periods: one statement. */
  async indicatorsOf(actionIds: readonly string[]): Promise<IndicatorModel[]> {
    if (actionIds.length === 0) return [];
    const rows: JoinedRow[] = await this.dataSource.query(
      `SELECT i.id, i.action_id, i.name, i.unit, i.baseline, p.period, p.target, p.actual, p.actual_women, p.actual_men, p.actual_undisclosed
         FROM indicator i LEFT JOIN indicator_period p ON p.indicator_id = i.id
        WHERE i.action_id IN (${actionIds.map(() => '?').join(', ')}) ORDER BY i.name, i.id`,
      [...actionIds],
    );
    const indicators = new Map<string, { row: IndicatorRow; periods: IndicatorPeriodRow[] }>();
    for (const r of rows) {
      const id = r.id;
      if (!indicators.has(id)) {
        indicators.set(id, {
          row: { id, actionId: r.action_id, name: r.name, unit: r.unit, baseline: Number(r.baseline) },
          periods: [],
        });
      }
      if (r.period !== null) {
        indicators.get(id)!.periods.push({
          indicatorId: id,
          period: r.period,
          target: Number(r.target),
          actual: orNull(r.actual),
          actualWomen: orNull(r.actual_women),
          actualMen: orNull(r.actual_men),
          actualUndisclosed: orNull(r.actual_undisclosed),
        });
      }
    }
    return [...indicators.values()].map(({ row, periods }) => withPeriods(row, periods));
  }
}

/** An indicator and one of its periods, as the statement reads them (no period: the indicator alone). */
interface JoinedRow {
  id: string;
  action_id: string;
  name: string;
  unit: string;
  baseline: number | string;
  period: string | null;
  target: number | string | null;
  actual: number | string | null;
  actual_women: number | string | null;
  actual_men: number | string | null;
  actual_undisclosed: number | string | null;
}

const orNull = (value: number | string | null) => (value === null ? null : Number(value));

/** The indicator with its periods in the order of their names; each period knows the baseline its progress starts from. */
function withPeriods(row: IndicatorRow, periods: readonly IndicatorPeriodRow[]): IndicatorModel {
  const ordered = [...periods].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  return {
    ...row,
    periods: ordered.map(({ period, target, actual, actualWomen, actualMen, actualUndisclosed }) => ({
      period,
      target,
      actual,
      // The three are written together: one present, all are.
      actualBySex: actualWomen === null ? null : { women: actualWomen, men: actualMen ?? 0, undisclosed: actualUndisclosed ?? 0 },
      baseline: row.baseline,
    })),
  };
}
