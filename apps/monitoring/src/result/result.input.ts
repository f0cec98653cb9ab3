import { columnLimits, field, parseInput, z } from '@mieux/service-kit';
import { FinalEvaluationEntity, ResultEntity } from './result.entity';
import type { FinalEvaluationInput, ResultCorrectionInput, ResultInput } from '../generated/resolvers-types';

/** A result of an Action: a titled policy, strategy, handbook... drafted or adopted on a date. */
const resultInput = z.object({
  type: z.string(),
  status: z.string(),
  title: field.text(columnLimits(ResultEntity).title),
  date: z.string(),
  activityIds: z.array(z.string()).nullish(),
});

/** A correction of a result: only what is given changes. */
const resultCorrectionInput = z.object({
  status: z.string().nullish(),
  title: field.text(columnLimits(ResultEntity).title).nullish(),
  date: z.string().nullish(),
  activityIds: z.array(z.string()).nullish(),
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

export function parseResultCorrectionInput(input: ResultCorrectionInput): z.output<typeof resultCorrectionInput> {
  return parseInput(resultCorrectionInput, input, 'input');
}
