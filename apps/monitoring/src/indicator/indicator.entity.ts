import { EntitySchema } from 'typeorm';

/** A logframe indicator of an Action: from a baseline toward a target. */
export interface IndicatorRow {
  id: string;
  actionId: string;
  name: string;
  unit: string;
  baseline: number;
  target: number;
  actual: number | null;
  period: string;
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
    target: { type: 'double' },
    actual: { type: 'double', nullable: true },
    period: { type: 'varchar', length: 40 },
  },
});
