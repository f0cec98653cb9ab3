import { assertNoDateProblem, assertResultStatusMove, contributingActivities, pastDateProblem, requestStepProblem, type ResultStatus } from '@mieux/domain';
import { allow, ROLE_GROUPS, scopedIdempotencyKey, today } from '@mieux/service-kit';
import type { Resolvers } from '../generated/resolvers-types';
import { resultActivitiesLoader } from './result.loader';
import { parseFinalEvaluationInput, parseResultCorrectionInput, parseResultInput } from './result.input';

export const resultResolvers: Resolvers = {
  Result: {
    activities: async (result, _, ctx) => (await resultActivitiesLoader(ctx).load(result.id)).map((id) => ({ id })),
  },
  Mutation: {
    recordResult: allow(ROLE_GROUPS.officers, async (_, { actionId, input, idempotencyKey }, ctx) => {
      const { activityIds: given, ...result } = parseResultInput(input);
      assertNoDateProblem([pastDateProblem('input.date', result.date, today())]);
      await ctx.actionClient.action(ctx, actionId);
      const activityIds = given?.length ? contributingActivities('input.activityIds', given, await ctx.actionClient.activitiesOf(ctx, actionId)) : [];
      return ctx.results.record({ actionId, ...result }, activityIds, scopedIdempotencyKey(ctx.identity, idempotencyKey, input));
    }),
    updateResult: allow(ROLE_GROUPS.officers, async (_, { id, input }, ctx) => {
      const correction = parseResultCorrectionInput(input);
      if (correction.date) assertNoDateProblem([pastDateProblem('input.date', correction.date, today())]);
      const given = correction.activityIds;
      const activities = given
        ? async (row: { actionId: string }) =>
            contributingActivities('input.activityIds', given, given.length ? await ctx.actionClient.activitiesOf(ctx, row.actionId) : [])
        : undefined;
      return ctx.results.update(
        id,
        (row) => {
          const status = (correction.status ?? row.status) as ResultStatus;
          assertResultStatusMove(row.status as ResultStatus, status);
          const date = correction.date ?? row.date;
          // An adoption follows its draft: dated no earlier than the draft it adopts.
          if (status !== row.status) assertNoDateProblem([requestStepProblem('input.date', date, [{ step: 'draft', on: row.date }])]);
          return { status, title: correction.title ?? row.title, date };
        },
        activities,
      );
    }),
    recordFinalEvaluation: allow(ROLE_GROUPS.officers, async (_, { actionId, input }, ctx) => {
      const evaluation = parseFinalEvaluationInput(input);
      assertNoDateProblem([pastDateProblem('input.date', evaluation.date, today())]);
      await ctx.actionClient.action(ctx, actionId);
      return ctx.results.recordFinalEvaluation({ actionId, ...evaluation });
    }),
  },
};
