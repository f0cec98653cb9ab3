import { allow, ROLE_GROUPS } from '@mieux/service-kit';
import type { Resolvers } from '../generated/resolvers-types';
import { parseFinalEvaluationInput, parseResultInput } from './result.input';

export const resultResolvers: Resolvers = {
  Mutation: {
    recordResult: allow(ROLE_GROUPS.officers, async (_, { actionId, input, idempotencyKey }, ctx) => {
      const result = parseResultInput(input);
      await ctx.actionClient.action(ctx, actionId);
      return ctx.results.record({ actionId, ...result }, idempotencyKey ?? null);
    }),
    recordFinalEvaluation: allow(ROLE_GROUPS.officers, async (_, { actionId, input }, ctx) => {
      const evaluation = parseFinalEvaluationInput(input);
      await ctx.actionClient.action(ctx, actionId);
      return ctx.results.recordFinalEvaluation({ actionId, ...evaluation });
    }),
  },
};
