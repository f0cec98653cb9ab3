import type { BySex, IndicatorPeriodRow, IndicatorRow } from './indicator.entity';

/** An indicator as resolvers see it: with its periods in the order of their names; progress is computed by the domain. */
export interface IndicatorModel extends IndicatorRow {
  periods: IndicatorPeriodModel[];
}

export type IndicatorPeriodModel = Pick<IndicatorPeriodRow, 'period' | 'target' | 'actual'> & { actualBySex: BySex | null; baseline: number };
