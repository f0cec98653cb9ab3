import { institutionTypeCountProblem, participationTotal } from '@mieux/domain';
import { addProblem, field, parseInput, TEXT_COLUMN_BYTES, z } from '@mieux/service-kit';
import type { ParticipationInput } from '../generated/resolvers-types';

const LIMITS = { institution: 200, institutions: 100 };
/** A head count: at most a million people at one activity. */
const count = field.int(0, 1_000_000);

/** Who took part: counts that are 0 or more and add up, and the institutions present. */
const participationInput = z
  .object({
    total: count,
    women: count,
    men: count,
    undisclosed: count.nullish().transform((value) => value ?? 0),
    institutions: field
      .stored(field.set(field.text(LIMITS.institution), LIMITS.institutions), TEXT_COLUMN_BYTES)
      .nullish()
      .transform((value) => value ?? []),
    byInstitutionType: z
      .array(z.object({ type: z.string(), count }))
      .max(20)
      .nullish()
      .transform((value) => value ?? []),
  })
  .superRefine((input, ctx) => {
    const sum = participationTotal(input);
    if (input.total !== sum) addProblem(ctx, ['total'], `must equal women + men + undisclosed (${sum})`);
    // Counted by type only when given: a wrong total is reported on its own.
    const byType = input.byInstitutionType.length > 0 ? institutionTypeCountProblem(input.byInstitutionType, input.total) : null;
    if (byType) addProblem(ctx, ['byInstitutionType'], byType);
  });

export function parseParticipationInput(input: ParticipationInput): z.output<typeof participationInput> {
  return parseInput(participationInput, input, 'input');
}
