import { allow, ROLE_GROUPS } from '@mieux/service-kit';
import type { InstitutionTypeCount, Resolvers } from '../generated/resolvers-types';
import type { ParticipationModel } from './participation.model';
import { parseParticipationInput } from './participation.input';
import { participationLoader } from './participation.loader';

/** Participants by institution type, as recorded (the input's enum); none for records made before they were counted. */
const byInstitutionType = (record: ParticipationModel) => (record.byInstitutionType ?? []) as InstitutionTypeCount[];

export const participationResolvers: Resolvers = {
  ParticipationRecord: { byInstitutionType },
  Mutation: {
    recordParticipation: allow(ROLE_GROUPS.officers, async (_, { activityId, input }, ctx) => {
      const participation = parseParticipationInput(input);
      const activity = await ctx.activityClient.activity(ctx, activityId);
      return ctx.participation.replace({ activityId, actionId: activity.action.id, ...participation });
    }),
  },
  Participation: {
    byInstitutionType,
    history: async (current, _, ctx) => (await participationLoader(ctx).load(current.activityId)).filter((r) => !r.current),
  },
};
