import { field, parseInput, z } from '@mieux/service-kit';
import type { EvaluationInput } from '../generated/resolvers-types';

/** One respondent's evaluation: a rating and, perhaps, a comment. */
const evaluationInput = z.object({
  respondentType: z.string(),
  rating: z.string(),
  comment: field.optionalText(2000),
});

export function parseEvaluationInput(input: EvaluationInput): z.output<typeof evaluationInput> {
  return parseInput(evaluationInput, input, 'input');
}
