import { assertNoDateProblem, pastDateProblem } from '@mieux/domain';
import { allow, ROLE_GROUPS, scopedIdempotencyKey, today } from '@mieux/service-kit';
import type { Resolvers } from '../generated/resolvers-types';
import { parseFinalEvaluationInput, parseResultInput } from './result.input';

export const resultResolvers: Resolvers = {
  Mutation: {
    recordResult: allow(ROLE_GROUPS.officers, async (_, { actionId, input, idempotencyKey }, ctx) => {
      const result = parseResultInput(input);
      assertNoDateProblem([pastDateProblem('input.date', result.date, today())]);
      await ctx.actionClient.action(ctx, actionId);
      return ctx.results.record({ actionId, ...result }, scopedIdempotencyKey(ctx.identity, idempotencyKey, input));
    }),
    recordFinalEvaluation: allow(ROLE_GROUPS.officers, async (_, { actionId, input }, ctx) => {
      const evaluation = parseFinalEvaluationInput(input);
      assertNoDateProblem([pastDateProblem('input.date', evaluation.date, today())]);
      await ctx.actionClient.action(ctx, actionId);
      return ctx.results.recordFinalEvaluation({ actionId, ...evaluation });
    }),
  },
};
