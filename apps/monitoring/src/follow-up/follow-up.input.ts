import { columnLimits, field, parseInput, z } from '@mieux/service-kit';
import { FollowUpEntity } from './follow-up.entity';
import type { FollowUpInput } from '../generated/resolvers-types';

/** A follow-up: when, how many months after the closure, what lasted, perhaps a note. */
const followUpInput = z.object({
  monthsAfter: z.number(),
  date: z.string(),
  policyAdopted: z.boolean(),
  practiceInUse: z.boolean(),
  note: field.optionalText(columnLimits(FollowUpEntity, { note: 2000 }).note),
});

export function parseFollowUpInput(input: FollowUpInput): z.output<typeof followUpInput> {
  return parseInput(followUpInput, input, 'input');
}
