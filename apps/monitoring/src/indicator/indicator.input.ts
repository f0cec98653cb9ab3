import { field, parseInput, z } from '@mieux/service-kit';
import type { IndicatorInput } from '../generated/resolvers-types';

/** An indicator: named, with its unit and period (as long as their columns), and its figures. */
const indicatorInput = z.object({
  name: field.text(200),
  unit: field.text(40),
  baseline: z.number(),
  target: z.number(),
  actual: z
    .number()
    .nullish()
    .transform((value) => value ?? null),
  period: field.text(40),
});

export function parseIndicatorInput(input: IndicatorInput): z.output<typeof indicatorInput> {
  return parseInput(indicatorInput, input, 'input');
}
