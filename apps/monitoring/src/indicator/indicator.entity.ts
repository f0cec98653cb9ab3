import { EntitySchema } from 'typeorm';

/** A logframe indicator of an Action: a baseline, measured per period. */
export interface IndicatorRow {
  id: string;
  actionId: string;
  name: string;
  unit: string;
  baseline: number;
}

export const IndicatorEntity = new EntitySchema<IndicatorRow>({
  name: 'Indicator',
  tableName: 'indicator',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    actionId: { name: 'action_id', type: 'varchar', length: 36 },
    name: { type: 'varchar', length: 200 },
    unit: { type: 'varchar', length: 40 },
    baseline: { type: 'double' },
  },
});

/** People counted by sex: women, men, and those who did not say. */
export interface BySex {
  women: number;
  men: number;
  undisclosed: number;
}

/** One period of an indicator: its target and, once measured, its actual (by sex, for an indicator counting people, when given). */
export interface IndicatorPeriodRow {
  indicatorId: string;
  period: string;
  target: number;
  actual: number | null;
  actualWomen: number | null;
  actualMen: number | null;
  actualUndisclosed: number | null;
}

export const IndicatorPeriodEntity = new EntitySchema<IndicatorPeriodRow>({
  name: 'IndicatorPeriod',
  tableName: 'indicator_period',
  columns: {
    indicatorId: { name: 'indicator_id', type: 'varchar', length: 36, primary: true },
    period: { type: 'varchar', length: 40, primary: true },
    target: { type: 'double' },
    actual: { type: 'double', nullable: true },
    actualWomen: { name: 'actual_women', type: 'int', nullable: true },
    actualMen: { name: 'actual_men', type: 'int', nullable: true },
    actualUndisclosed: { name: 'actual_undisclosed', type: 'int', nullable: true },
  },
});
