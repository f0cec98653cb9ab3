import { allow, ROLE_GROUPS } from '@mieux/service-kit';
import type { Resolvers } from '../generated/resolvers-types';
import { parseParticipationInput } from './participation.input';
import { participationLoader } from './participation.loader';

export const participationResolvers: Resolvers = {
  Mutation: {
    recordParticipation: allow(ROLE_GROUPS.officers, async (_, { activityId, input }, ctx) => {
      const participation = parseParticipationInput(input);
      const activity = await ctx.activityClient.activity(ctx, activityId);
      return ctx.participation.replace({ activityId, actionId: activity.action.id, ...participation });
    }),
  },
  Participation: {
    history: async (current, _, ctx) => (await participationLoader(ctx).load(current.activityId)).filter((r) => !r.current),
  },
};
