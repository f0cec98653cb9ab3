import { columnLimits, field, parseInput, z } from '@mieux/service-kit';
import { AppraisalEntity } from './appraisal.entity';
import type { ExpertAppraisalInput } from '../generated/resolvers-types';

/** An officer's appraisal of a deployed expert: a rating, would they deploy them again, perhaps a comment. */
const appraisalInput = z.object({
  rating: z.string(),
  wouldDeployAgain: z.boolean(),
  comment: field.optionalText(columnLimits(AppraisalEntity, { comment: 2000 }).comment),
});

export function parseAppraisalInput(input: ExpertAppraisalInput): z.output<typeof appraisalInput> {
  return parseInput(appraisalInput, input, 'input');
}
