import type { ServiceContext } from '../context';
import { toExpertCardModel, type ExpertStub } from './expert.model';

/**
 * Experts with their public cards: from the copy this service keeps of the roster's events, and, for
 * an expert not (or no longer) in it, from the experts service, as the caller. One statement, and at
 * most one call, for N experts.
 */
export function expertCardLoader(ctx: ServiceContext) {
  return ctx.loaders.get<string, ExpertStub | null>('expert-card', async (ids) => {
    const loaded = loadedCardsOf(ctx);
    const rows = await ctx.expertCards.cardsOf(ids);
    const kept = new Map(rows.map((row) => [row.expertId, { id: row.expertId, ...toExpertCardModel(row) }]));
    const missing = ids.filter((id) => !kept.has(id));
    const asked = missing.length ? await ctx.expertClient.cardsOf(ctx, missing) : [];
    const fromOwner = new Map(missing.map((id, i) => [id, asked[i] ?? null]));
    return ids.map((id) => {
      const card = kept.get(id) ?? fromOwner.get(id) ?? null;
      loaded.set(id, card);
      return card;
    });
  });
}

/** The cards the request's loader has answered, by expert id (null: no card). */
const loadedCards = new WeakMap<ServiceContext['loaders'], Map<string, ExpertStub | null>>();

function loadedCardsOf(ctx: ServiceContext): Map<string, ExpertStub | null> {
  let loaded = loadedCards.get(ctx.loaders);
  if (!loaded) loadedCards.set(ctx.loaders, (loaded = new Map<string, ExpertStub | null>()));
  return loaded;
}

/**
 * An expert's card if this request has loaded it already (null: the expert has none), undefined if not:
 * read without a promise by `Deployment.expert` once `Activity.deployments` has loaded its page's cards
 * (a page of Actions has hundreds of deployments, and a promise for each cost more than its card).
 */
export function loadedCard(ctx: ServiceContext, expertId: string): ExpertStub | null | undefined {
  return loadedCards.get(ctx.loaders)?.get(expertId);
}
