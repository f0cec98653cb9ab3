import { findBeneficiary, isMatchable, MAX_MATCHES, rankExpertMatchesBy, rotationWindow, type ExpertiseNeed, type Language } from '@mieux/domain';
import { allow, ROLE_GROUPS, sliceConnection, today, type Connection, type CursorOrder, type PageArgs } from '@mieux/service-kit';
import type { ServiceContext } from '../context';
import { expertLoader } from '../expert/expert.loader';
import type { MatchCandidate } from '../expert/expert.repository';
import type { Resolvers } from '../generated/resolvers-types';
import { validateMatchInput } from './matching.input';
import type { ExpertMatchModel } from './matching.model';

/** How many times the index's ranking is checked against the database before the ranking is made from the database itself. */
const CHECKS = 3;

/**
 * The domain's ranking of the matchable candidates, the best MAX_MATCHES, rotation counted up to the
 * window's end from each one's deployment starts in the window (asked only of those that can make the page).
 */
function ranked(
  candidates: readonly MatchCandidate[],
  need: ExpertiseNeed,
  window: { to: string },
  deploymentsOf: (expert: MatchCandidate) => readonly string[],
): ExpertMatchModel[] {
  return rankExpertMatchesBy(candidates.filter(isMatchable), { ...need, rotationUntil: window.to }, MAX_MATCHES, deploymentsOf);
}

/**
 * The ranking from scratch: the candidates and their deployments in the rotation window read from
 * the database (two statements), scored by the domain. What the matching index must always equal.
 */
export async function rankFromDatabase(ctx: ServiceContext, need: ExpertiseNeed, excluded: readonly string[]): Promise<ExpertMatchModel[]> {
  const window = rotationWindow(need, today());
  const [candidates, deployments] = await Promise.all([ctx.experts.matchable(need.thematicAreas, excluded), ctx.activityCopies.deploymentStarts(window)]);
  return ranked(candidates, need, window, (expert) => deployments.get(expert.id) ?? []);
}

/**
 * The ranking from the matching index, caught up with the roster's marks first; the experts it
 * proposes are then checked against the database (their facts and deployments), and the ranking is
 * made again while the check finds the index behind. A ranking still moving after CHECKS is made
 * from the database.
 */
export async function rankMatches(ctx: ServiceContext, need: ExpertiseNeed, excluded: readonly string[]): Promise<ExpertMatchModel[]> {
  const index = ctx.matchingIndex;
  const window = rotationWindow(need, today());
  await index.sync();
  for (let check = 0; check < CHECKS; check += 1) {
    const ranking = ranked(index.candidates(need.thematicAreas, excluded), need, window, (expert) => index.recentStarts(expert.id, window));
    if (
      !(await index.verify(
        ranking.map((m) => m.expert.id),
        window,
      ))
    )
      return ranking;
  }
  return rankFromDatabase(ctx, need, excluded);
}

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
