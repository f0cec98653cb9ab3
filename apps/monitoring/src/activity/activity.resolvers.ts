import { evaluationSummaryLoader } from '../evaluation/evaluation.loader';
import type { Resolvers } from '../generated/resolvers-types';
import { participationLoader } from '../participation/participation.loader';

/** What this service adds to an activity: its participation (for signed-in callers) and its evaluations' summary. */
export const activityResolvers: Resolvers = {
  Activity: {
    participation: async (activity, _, ctx) => (ctx.identity.sub ? ((await participationLoader(ctx).load(activity.id)).find((r) => r.current) ?? null) : null),
    evaluations: (activity, _, ctx) => evaluationSummaryLoader(ctx).load(activity.id),
  },
};
