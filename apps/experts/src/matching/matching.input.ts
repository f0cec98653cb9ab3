import { isOrderedPeriod } from '@mieux/domain';
import { addProblem, parseInput, z } from '@mieux/service-kit';

/** Built once: a schema built at each call was compiled again at each call. */
const DATES = z.object({ startsOn: z.string().nullish(), endsOn: z.string().nullish() }).superRefine(({ startsOn, endsOn }, ctx) => {
  if (startsOn && endsOn && !isOrderedPeriod({ from: startsOn, to: endsOn })) addProblem(ctx, ['endsOn'], 'must not be before startsOn');
});

/** A need's dates, when both are given, run forward. */
export function validateMatchInput(input: { startsOn?: string | null; endsOn?: string | null }): void {
  parseInput(DATES, input);
}
