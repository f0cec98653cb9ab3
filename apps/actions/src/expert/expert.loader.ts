import type { ServiceContext } from '../context';
import { toExpertCardModel, type ExpertStub } from './expert.model';

const EXPERT_CARDS = 'expert-card';

/**
 * Experts with their public cards: from the copy this service keeps of the roster's events, and, for
 * an expert not (or no longer) in it, from the experts service, as the caller. One statement, and at
 * most one call, for N experts.
 */
export function expertCardLoader(ctx: ServiceContext) {
  return ctx.loaders.get<string, ExpertStub | null>(EXPERT_CARDS, async (ids) => {
    const rows = await ctx.expertCards.cardsOf(ids);
    const kept = new Map(rows.map((row) => [row.expertId, { id: row.expertId, ...toExpertCardModel(row) }]));
    const missing = ids.filter((id) => !kept.has(id));
    const asked = missing.length ? await ctx.expertClient.cardsOf(ctx, missing) : [];
    const fromOwner = new Map(missing.map((id, i) => [id, asked[i] ?? null]));
    return ids.map((id) => kept.get(id) ?? fromOwner.get(id) ?? null);
  });
}

/**
 * An expert's card if this request has loaded it already (null: the expert has none), undefined if not:
 * read without a promise by `Deployment.expert` once its page's cards were loaded ahead
 * (`loadDeploymentsAhead`, `Activity.deployments`).
 */
export function loadedCard(ctx: ServiceContext, expertId: string): ExpertStub | null | undefined {
  return ctx.loaders.loaded(EXPERT_CARDS, expertId);
}
