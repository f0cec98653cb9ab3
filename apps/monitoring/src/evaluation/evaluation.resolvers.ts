import { allow, callerId, ROLE_GROUPS, scopedIdempotencyKey, selects } from '@mieux/service-kit';
import type { Resolvers } from '../generated/resolvers-types';
import { readsIndividualEvaluations, requireEvaluator } from './evaluation.access';
import { parseEvaluationInput } from './evaluation.input';
import { evaluationSummaryLoader, linkCountsLoader } from './evaluation.loader';
import { respondentSummaries } from './evaluation.model';

export const evaluationResolvers: Resolvers = {
  Query: {
    evaluationSummary: (_, { activityId }, ctx) => evaluationSummaryLoader(ctx).load(activityId),
  },
  Mutation: {
    submitEvaluation: allow(ROLE_GROUPS.signedIn, async (_, { activityId, input, idempotencyKey }, ctx) => {
      const evaluation = parseEvaluationInput(input);
      const activity = await ctx.activityClient.activity(ctx, activityId);
      requireEvaluator(ctx.identity, activity.deployedExpertIds, evaluation.respondentType);
      return ctx.evaluations.submit(
        { activityId, actionId: activity.action.id, ...evaluation, submittedBy: callerId(ctx.identity) },
        scopedIdempotencyKey(ctx.identity, idempotencyKey, input),
      );
    }),
  },
  RespondentSummary: {
    linksIssued: async (s, _, ctx) => (await linkCountsLoader(ctx).load(s.activityId)).find((l) => l.respondentType === s.respondentType)?.issued ?? 0,
    linksAnswered: async (s, _, ctx) => (await linkCountsLoader(ctx).load(s.activityId)).find((l) => l.respondentType === s.respondentType)?.answered ?? 0,
  },
  EvaluationSummary: {
    byRespondentType: (summary) => respondentSummaries(summary),
    evaluations: (summary, page, ctx, info) =>
      readsIndividualEvaluations(ctx.identity) ? ctx.evaluations.list(summary.activityId, { ...page, count: selects(info, 'totalCount') }) : null,
  },
};
