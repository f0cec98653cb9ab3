import { columnLimits, field, parseInput, z } from '@mieux/service-kit';
import { EvaluationEntity } from '../evaluation/evaluation.entity';
import type { QuestionnaireAnswerInput } from '../generated/resolvers-types';

/** An answer to the questionnaire: three choices (the schema's enums) and, perhaps, a comment. */
const answerInput = z.object({
  rating: z.string(),
  relevance: z.string(),
  usefulness: z.string(),
  comment: field.optionalText(columnLimits(EvaluationEntity, { comment: 2000 }).comment),
});

export function parseAnswerInput(input: QuestionnaireAnswerInput): z.output<typeof answerInput> {
  return parseInput(answerInput, input, 'input');
}
