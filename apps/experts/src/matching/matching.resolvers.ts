import { findBeneficiary, scoreExpertMatch, type ExpertiseNeed, type Language } from '@mieux/domain';
import { badUserInput, requireRole } from '@mieux/service-kit';
import type { ServiceContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import type { ExpertMatchModel } from './matching.model';

const MAX_MATCHES = 100;

/** Ranks the matchable experts for a need: best score first, then by id, so equal input gives equal output. */
async function rank(ctx: ServiceContext, need: ExpertiseNeed, excluded: readonly string[], first: number): Promise<ExpertMatchModel[]> {
  if (first < 0) throw badUserInput([{ field: 'first', message: 'must be 0 or more' }]);
  const candidates = await ctx.experts.matchable(need.thematicAreas, excluded);
  return candidates
    .map((expert) => ({ expert, ...scoreExpertMatch(expert, need) }))
    .sort((a, b) => b.score - a.score || a.expert.id.localeCompare(b.expert.id))
    .slice(0, Math.min(first, MAX_MATCHES));
}

export const matchingResolvers: Resolvers = {
  Query: {
    matchExperts: (_, { input }, ctx) => {
      requireRole(ctx.identity, 'PROJECT_OFFICER');
      if (input.startsOn && input.endsOn && input.endsOn < input.startsOn) throw badUserInput([{ field: 'input.endsOn', message: 'must not be before startsOn' }]);
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
    },
  },
  Activity: {
    candidateExperts: (activity, { first }, ctx) => {
      requireRole(ctx.identity, 'PROJECT_OFFICER');
      const need: ExpertiseNeed = {
        thematicAreas: activity.thematicAreas ?? [],
        countryCode: activity.countryCode,
        region: activity.countryCode ? findBeneficiary(activity.countryCode)?.region : null,
        startsOn: activity.startsOn,
        endsOn: activity.endsOn,
      };
      return rank(ctx, need, activity.busyExpertIds ?? [], first ?? 10);
    },
  },
  MatchReason: {
    message: (reason, { lang }) => reason.message[(lang ?? 'EN') as Language],
  },
};
