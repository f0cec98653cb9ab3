import { findBeneficiary, isMatchable, rankExpertMatches, type ExpertiseNeed, type Language } from '@mieux/domain';
import { allow, ROLE_GROUPS } from '@mieux/service-kit';
import type { ServiceContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { validateFirst, validateMatchInput } from './matching.input';
import type { ExpertMatchModel } from './matching.model';

/** Ranks the matchable experts for a need, as the domain ranks them. */
async function rank(ctx: ServiceContext, need: ExpertiseNeed, excluded: readonly string[], first: number): Promise<ExpertMatchModel[]> {
  validateFirst(first);
  const candidates = await ctx.experts.matchable(need.thematicAreas, excluded);
  return rankExpertMatches(candidates.filter(isMatchable), need, first);
}

export const matchingResolvers: Resolvers = {
  Query: {
    matchExperts: allow(ROLE_GROUPS.officers, (_, { input }, ctx) => {
      validateMatchInput(input);
      const need: ExpertiseNeed = {
        thematicAreas: input.thematicAreas,
        subTopics: input.subTopics ?? [],
        languages: input.languages ?? [],
        countryCode: input.countryCode?.toUpperCase() ?? null,
        region: input.region ?? (input.countryCode ? findBeneficiary(input.countryCode)?.region : null),
        startsOn: input.startsOn,
        endsOn: input.endsOn,
      };
      return rank(ctx, need, input.excludeExpertIds ?? [], input.first ?? 10);
    }),
  },
  Activity: {
    candidateExperts: allow(ROLE_GROUPS.officers, (activity, { first }, ctx) => {
      const need: ExpertiseNeed = {
        thematicAreas: activity.thematicAreas ?? [],
        countryCode: activity.countryCode,
        region: activity.countryCode ? findBeneficiary(activity.countryCode)?.region : null,
        startsOn: activity.startsOn,
        endsOn: activity.endsOn,
      };
      return rank(ctx, need, activity.busyExpertIds ?? [], first ?? 10);
    }),
  },
  MatchReason: {
    message: (reason, { lang }) => reason.message[(lang ?? 'EN') as Language],
  },
};
