import { isMatchable, MAX_MATCHES, rankExpertMatches, rotationWindow, type ExpertiseNeed } from '@mieux/domain';
import { today } from '@mieux/service-kit';
import type { ServiceContext } from '../context';
import type { ScoredCandidate } from './matching.index';
import type { ExpertMatchModel } from './matching.model';

/** How many times the index's ranking is checked against the database before the ranking is made from the database itself. */
const CHECKS = 3;

type Ranking = ExpertMatchModel;

/** The domain's ranking of the matchable candidates, the best MAX_MATCHES, rotation counted up to the window's end. */
function ranked(candidates: readonly ScoredCandidate[], need: ExpertiseNeed, window: { to: string }): Ranking[] {
  return rankExpertMatches(candidates.filter(isMatchable), { ...need, rotationUntil: window.to }, MAX_MATCHES);
}

/**
 * The ranking from scratch: the candidates and their deployments in the rotation window read from
 * the database (two statements), scored by the domain. What the matching index must always equal.
 */
export async function rankFromDatabase(ctx: ServiceContext, need: ExpertiseNeed, excluded: readonly string[]): Promise<Ranking[]> {
  const window = rotationWindow(need, today());
  const [candidates, deployments] = await Promise.all([ctx.experts.matchable(need.thematicAreas, excluded), ctx.activityCopies.deploymentStarts(window)]);
  return ranked(
    candidates.map((expert) => ({ ...expert, recentDeployments: deployments.get(expert.id) ?? [] })),
    need,
    window,
  );
}

/**
 * The ranking from the matching index, caught up with the roster's marks first; the experts it
 * proposes are then checked against the database (their facts and deployments), and the ranking is
 * made again while the check finds the index behind. A ranking still moving after CHECKS is made
 * from the database.
 */
export async function rankMatches(ctx: ServiceContext, need: ExpertiseNeed, excluded: readonly string[]): Promise<Ranking[]> {
  const index = ctx.matchingIndex;
  const window = rotationWindow(need, today());
  await index.sync();
  for (let check = 0; check < CHECKS; check += 1) {
    const ranking = ranked(index.candidates(need.thematicAreas, excluded, window), need, window);
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
