import { allow, ROLE_GROUPS, today } from '@mieux/service-kit';
import type { Resolvers } from '../generated/resolvers-types';
import { toBeEnded } from './activity.model';

/** The consent check made on the roster's own copy of the activities and deployments. */
export const activityResolvers: Resolvers = {
  Query: {
    deploymentsWithoutConsent: allow(ROLE_GROUPS.officers, async (_, __, ctx) => toBeEnded(await ctx.activityCopies.bookedWithoutConsent(), today())),
  },
};
