import { progressTowardTarget } from '@mieux/domain';
import { badUserInput, forbidden, hasRole, requireRole, requireSignedIn, type FieldProblem } from '@mieux/service-kit';
import type { ServiceContext } from './context';
import type { Resolvers } from './generated/resolvers-types';
import { load } from './loaders';

const COMMENT_MAX = 2000;
const TITLE_MAX = 300;

function check(problems: (FieldProblem | false)[]): void {
  const found = problems.filter((p): p is FieldProblem => p !== false);
  if (found.length) throw badUserInput(found);
}

/** An expert evaluates only activities they were deployed to; project officers record any. */
async function requireEvaluator(ctx: ServiceContext, deployedExperts: string[]): Promise<void> {
  requireSignedIn(ctx.identity);
  if (hasRole(ctx.identity, 'PROJECT_OFFICER')) return;
  if (hasRole(ctx.identity, 'EXPERT') && ctx.identity.expertId && deployedExperts.includes(ctx.identity.expertId)) return;
  throw forbidden('Evaluations are submitted by project officers and by the experts deployed on the activity');
}

export const monitoringResolvers: Resolvers = {
  Query: {
    evaluationSummary: (_, { activityId }, ctx) => load.evaluationSummary(ctx).load(activityId),
  },
  Mutation: {
    recordParticipation: async (_, { activityId, input }, ctx) => {
      requireRole(ctx.identity, 'PROJECT_OFFICER');
      const undisclosed = input.undisclosed ?? 0;
      check([
        ...(['total', 'women', 'men'] as const).map((f) => input[f] < 0 && { field: `input.${f}`, message: 'must be 0 or more' }),
        undisclosed < 0 && { field: 'input.undisclosed', message: 'must be 0 or more' },
        input.total !== input.women + input.men + undisclosed && { field: 'input.total', message: `must equal women + men + undisclosed (${input.women + input.men + undisclosed})` },
      ]);
      const activity = await ctx.facts.activity(ctx, activityId);
      const row = await ctx.participation.replace({ activityId, actionId: activity.action.id, total: input.total, women: input.women, men: input.men, undisclosed, institutions: input.institutions ?? [] });
      return row;
    },
    submitEvaluation: async (_, { activityId, input, idempotencyKey }, ctx) => {
      check([(input.comment?.length ?? 0) > COMMENT_MAX && { field: 'input.comment', message: `must be at most ${COMMENT_MAX} characters` }]);
      const activity = await ctx.facts.activity(ctx, activityId);
      await requireEvaluator(ctx, activity.deployments.map((d) => d.expert.id));
      if (hasRole(ctx.identity, 'EXPERT') && !hasRole(ctx.identity, 'PROJECT_OFFICER') && input.respondentType !== 'EXPERT') {
        throw badUserInput([{ field: 'input.respondentType', message: 'an expert evaluates as EXPERT' }]);
      }
      return ctx.evaluations.submit(
        { activityId, actionId: activity.action.id, respondentType: input.respondentType, rating: input.rating, comment: input.comment?.trim() || null, submittedBy: ctx.identity.sub },
        idempotencyKey ?? null,
      );
    },
    recordResult: async (_, { actionId, input, idempotencyKey }, ctx) => {
      requireRole(ctx.identity, 'PROJECT_OFFICER');
      check([!input.title.trim() && { field: 'input.title', message: 'must not be empty' }, input.title.length > TITLE_MAX && { field: 'input.title', message: `must be at most ${TITLE_MAX} characters` }]);
      await ctx.facts.action(ctx, actionId);
      return ctx.results.record({ actionId, type: input.type, status: input.status, title: input.title.trim(), date: input.date }, idempotencyKey ?? null);
    },
    setIndicator: async (_, { actionId, input }, ctx) => {
      requireRole(ctx.identity, 'PROJECT_OFFICER');
      check([
        !input.name.trim() && { field: 'input.name', message: 'must not be empty' },
        !input.unit.trim() && { field: 'input.unit', message: 'must not be empty' },
        !input.period.trim() && { field: 'input.period', message: 'must not be empty' },
      ]);
      await ctx.facts.action(ctx, actionId);
      return ctx.results.setIndicator({ actionId, name: input.name.trim(), unit: input.unit.trim(), baseline: input.baseline, target: input.target, actual: input.actual ?? null, period: input.period.trim() });
    },
    recordFinalEvaluation: async (_, { actionId, input }, ctx) => {
      requireRole(ctx.identity, 'PROJECT_OFFICER');
      check([!input.summary.trim() && { field: 'input.summary', message: 'must not be empty' }]);
      await ctx.facts.action(ctx, actionId);
      return ctx.results.recordFinalEvaluation({ actionId, summary: input.summary.trim(), rating: input.rating, date: input.date });
    },
  },
  Activity: {
    participation: async (activity, _, ctx) => (ctx.identity.sub ? (await load.participation(ctx).load(activity.id)).find((r) => r.current) ?? null : null),
    evaluations: (activity, _, ctx) => load.evaluationSummary(ctx).load(activity.id),
  },
  Participation: {
    history: async (current, _, ctx) => (await load.participation(ctx).load(current.activityId)).filter((r) => !r.current),
  },
  EvaluationSummary: {
    // Individual answers (comments, respondents) are for project officers; everyone else sees aggregates.
    evaluations: (summary, { first, after }, ctx) => (hasRole(ctx.identity, 'PROJECT_OFFICER') ? ctx.evaluations.list(summary.activityId, { first, after }) : null),
  },
  Action: {
    results: (action, _, ctx) => load.results(ctx).load(action.id),
    indicators: (action, _, ctx) => load.indicators(ctx).load(action.id),
    participants: (action, _, ctx) => load.participants(ctx).load(action.id),
    finalEvaluation: (action, _, ctx) => load.finalEvaluation(ctx).load(action.id),
  },
  Indicator: {
    progress: (indicator) => progressTowardTarget(indicator.baseline, indicator.target, indicator.actual),
  },
};
