import { findBeneficiary, isMatchable, MAX_MATCHES, rankExpertMatches, type ExpertiseNeed, type Language } from '@mieux/domain';
import { allow, ROLE_GROUPS, sliceConnection, type Connection, type CursorOrder, type PageArgs } from '@mieux/service-kit';
import type { ServiceContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { validateMatchInput } from './matching.input';
import type { ExpertMatchModel } from './matching.model';

/** The best match first (the shortest way from a perfect fit), equal scores by expert id, as the domain ranks them. */
const BY_RANK: CursorOrder<ExpertMatchModel> = { direction: 'ASC', sortKind: 'number', sortValue: (m) => 1 - m.score, id: (m) => m.expert.id };

/** Ranks the matchable experts for a need, as the domain ranks them (the best MAX_MATCHES), one page of them. */
async function rank(ctx: ServiceContext, need: ExpertiseNeed, excluded: readonly string[], page: PageArgs): Promise<Connection<ExpertMatchModel>> {
  const candidates = await ctx.experts.matchable(need.thematicAreas, excluded);
  return sliceConnection(rankExpertMatches(candidates.filter(isMatchable), need, MAX_MATCHES), page, BY_RANK);
}

export const matchingResolvers: Resolvers = {
  Query: {
    matchExperts: allow(ROLE_GROUPS.officers, (_, { input, ...page }, ctx) => {
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
      return rank(ctx, need, input.excludeExpertIds ?? [], page);
    }),
  },
  Activity: {
    candidateExperts: allow(ROLE_GROUPS.officers, (activity, page, ctx) => {
      const need: ExpertiseNeed = {
        thematicAreas: activity.thematicAreas ?? [],
        countryCode: activity.countryCode,
        region: activity.countryCode ? findBeneficiary(activity.countryCode)?.region : null,
        startsOn: activity.startsOn,
        endsOn: activity.endsOn,
      };
      return rank(ctx, need, activity.busyExpertIds ?? [], page);
    }),
  },
  MatchReason: {
    message: (reason, { lang }) => reason.message[(lang ?? 'EN') as Language],
  },
};
