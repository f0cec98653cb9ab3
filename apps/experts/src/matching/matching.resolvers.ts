import { findBeneficiary, type ExpertiseNeed, type Language } from '@mieux/domain';
import { allow, ROLE_GROUPS, sliceConnection, type Connection, type CursorOrder, type PageArgs } from '@mieux/service-kit';
import type { ServiceContext } from '../context';
import { expertLoader } from '../expert/expert.loader';
import type { Resolvers } from '../generated/resolvers-types';
import { validateMatchInput } from './matching.input';
import type { ExpertMatchModel } from './matching.model';
import { rankMatches } from './matching.ranking';

/** In the domain's ranking (its rank: the best first, equal scores told apart as it says). */
const BY_RANK: CursorOrder<ExpertMatchModel> = { direction: 'ASC', sortKind: 'number', sortValue: (m) => m.rank, id: (m) => m.expert.id };

/**
 * Ranks the matchable experts for a need, as the domain ranks them (the best MAX_MATCHES), one page
 * of them: each with its deployments in the rotation window before the need (the matching index,
 * checked against the database before it answers).
 */
async function rank(ctx: ServiceContext, need: ExpertiseNeed, excluded: readonly string[], page: PageArgs): Promise<Connection<ExpertMatchModel>> {
  return sliceConnection(await rankMatches(ctx, need, excluded), page, BY_RANK);
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
        subTopics: activity.subTopics ?? [],
        languages: activity.workingLanguages ?? [],
        countryCode: activity.countryCode,
        region: activity.countryCode ? findBeneficiary(activity.countryCode)?.region : null,
        startsOn: activity.startsOn,
        endsOn: activity.endsOn,
      };
      return rank(ctx, need, activity.busyExpertIds ?? [], page);
    }),
  },
  ExpertMatch: {
    // Matchable a moment ago, so present: the page's experts in one statement.
    expert: async (match, _, ctx) => (await expertLoader(ctx).load(match.expert.id))!,
  },
  MatchReason: {
    message: (reason, { lang }) => reason.message[(lang ?? 'EN') as Language],
  },
};
