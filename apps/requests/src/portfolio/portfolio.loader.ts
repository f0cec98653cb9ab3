import { parsePortfolioSliceId, slicesRequests, type RequestDimension } from '@mieux/domain';
import type { ServiceContext } from '../context';

/** The requests figure of N portfolios. */
export function requestsOfPortfolios(ctx: ServiceContext) {
  return ctx.loaders.get<string, number>('portfolio-requests', (keys) => ctx.portfolio.countRequests(keys));
}

/**
 * Slices of a batch grouped by portfolio: one aggregate statement per portfolio for all its slices;
 * null for the slices requests are not counted in (an activity type).
 */
export function requestsOfSlices(ctx: ServiceContext) {
  return ctx.loaders.get<string, number | null>('portfolio-slice-requests', async (ids) => {
    const slices = ids.map(parsePortfolioSliceId);
    const byKey = new Map<string, Set<RequestDimension>>();
    for (const s of slices) if (slicesRequests(s.dimension)) byKey.set(s.key, (byKey.get(s.key) ?? new Set()).add(s.dimension));
    const counts = new Map<string, Map<string, number>>();
    await Promise.all([...byKey].map(async ([key, dimensions]) => counts.set(key, await ctx.portfolio.countBySlice(key, [...dimensions]))));
    return slices.map((s) => (slicesRequests(s.dimension) ? (counts.get(s.key)!.get(`${s.dimension}|${s.value}`) ?? 0) : null));
  });
}
