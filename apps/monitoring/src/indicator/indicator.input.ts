import { columnLimits, field, parseInput, z } from '@mieux/service-kit';
import { IndicatorEntity, IndicatorPeriodEntity } from './indicator.entity';

const LIMITS = columnLimits(IndicatorEntity);
/** Figures as people write them: far beyond any indicator, still finite. */
const FIGURE = field.number(-1e12, 1e12);
/** People counted: a whole number an int column holds. */
const COUNT = field.int(0, 2_000_000_000);
import type { IndicatorInput } from '../generated/resolvers-types';

/** An indicator: named, with its unit and period (as long as their columns), and its figures. */
const indicatorInput = z.object({
  name: field.text(LIMITS.name),
  unit: field.text(LIMITS.unit),
  baseline: FIGURE,
  target: FIGURE,
  actual: FIGURE.nullish().transform((value) => value ?? null),
  period: field.text(columnLimits(IndicatorPeriodEntity).period),
  actualBySex: z
    .object({ women: COUNT, men: COUNT, undisclosed: COUNT })
    .nullish()
    .transform((value) => value ?? null),
});

export function parseIndicatorInput(input: IndicatorInput): z.output<typeof indicatorInput> {
  return parseInput(indicatorInput, input, 'input');
}
