import { columnLimits, field, parseInput, z } from '@mieux/service-kit';
import { FinalEvaluationEntity, ResultEntity } from './result.entity';
import type { FinalEvaluationInput, ResultInput } from '../generated/resolvers-types';

/** A result of an Action: a titled policy, strategy, handbook... drafted or adopted on a date. */
const resultInput = z.object({
  type: z.string(),
  status: z.string(),
  title: field.text(columnLimits(ResultEntity).title),
  date: z.string(),
});

/** The Action's final evaluation: a summary and a rating. */
const finalEvaluationInput = z.object({
  summary: field.text(columnLimits(FinalEvaluationEntity, { summary: 5000 }).summary),
  rating: z.string(),
  date: z.string(),
});

export function parseResultInput(input: ResultInput): z.output<typeof resultInput> {
  return parseInput(resultInput, input, 'input');
}

export function parseFinalEvaluationInput(input: FinalEvaluationInput): z.output<typeof finalEvaluationInput> {
  return parseInput(finalEvaluationInput, input, 'input');
}
