import { allow, badUserInput, callerId, exportedRow, hasRole, requireDataSubject, ROLE_GROUPS } from '@mieux/service-kit';
import type { Resolvers } from '../generated/resolvers-types';
import { appraisalsLoader } from './appraisal.loader';
import { parseAppraisalInput } from './appraisal.input';
import { toAppraisalModel } from './appraisal.model';

export const appraisalResolvers: Resolvers = {
  Mutation: {
    appraiseExpert: allow(ROLE_GROUPS.officers, async (_, { activityId, expertId, input }, ctx) => {
      const appraisal = parseAppraisalInput(input);
      const activity = await ctx.activityClient.activity(ctx, activityId);
      if (!activity.deployedExpertIds.includes(expertId)) throw badUserInput([{ field: 'expertId', message: 'is not deployed on the activity' }]);
      const row = await ctx.appraisals.appraise({
        activityId,
        expertId,
        actionId: activity.action.id,
        ...appraisal,
        appraisedAt: new Date(),
        appraisedBy: callerId(ctx.identity),
      });
      return toAppraisalModel(row);
    }),
  },
  Activity: {
    // Officers only: an appraisal is about a person, and for those who deploy them.
    appraisals: (activity, _, ctx) => (hasRole(ctx.identity, ...ROLE_GROUPS.officers) ? appraisalsLoader(ctx).load(activity.id) : null),
  },
  // Its part of the expert's download (right of access): the appraisals about them, as stored.
  PersonalData: {
    __resolveReference: (reference) => ({ expertId: reference.expertId }),
    appraisals: async (reference, _, ctx) => {
      requireDataSubject(ctx.identity, reference);
      return (await ctx.appraisals.ofExpert(reference.expertId)).map(exportedRow);
    },
  },
};
