import { columnLimits, field, parseInput, z } from '@mieux/service-kit';
import { EvaluationEntity } from './evaluation.entity';
import type { EvaluationInput } from '../generated/resolvers-types';

/** One respondent's evaluation: a rating and, perhaps, a comment. */
const evaluationInput = z.object({
  respondentType: z.string(),
  rating: z.string(),
  comment: field.optionalText(columnLimits(EvaluationEntity, { comment: 2000 }).comment),
});

export function parseEvaluationInput(input: EvaluationInput): z.output<typeof evaluationInput> {
  return parseInput(evaluationInput, input, 'input');
}
