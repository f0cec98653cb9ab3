import { parsePortfolioKey, parsePortfolioSliceId, type PortfolioDimension } from '@mieux/domain';
import { badUserInput } from '@mieux/service-kit';
import type { ServiceContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';

function requestsOfPortfolios(ctx: ServiceContext) {
  return ctx.loaders.get<string, number>('portfolio-requests', (keys) => ctx.portfolio.countRequests(keys));
}

/** Slices of a batch grouped by portfolio: one aggregate statement per portfolio for all its slices. */
function requestsOfSlices(ctx: ServiceContext) {
  return ctx.loaders.get<string, number>('portfolio-slice-requests', async (ids) => {
    const slices = ids.map(parsePortfolioSliceId);
    const byKey = new Map<string, Set<PortfolioDimension>>();
    for (const s of slices) byKey.set(s.key, (byKey.get(s.key) ?? new Set()).add(s.dimension));
    const counts = new Map<string, Map<string, number>>();
    await Promise.all([...byKey].map(async ([key, dimensions]) => counts.set(key, await ctx.portfolio.countBySlice(key, [...dimensions]))));
    return slices.map((s) => counts.get(s.key)!.get(`${s.dimension}|${s.value}`) ?? 0);
  });
}

/** A key or slice id that does not parse is the caller's mistake (BAD_USER_INPUT), not an internal error. */
function parsed(field: string, parse: () => unknown): void {
  try {
    parse();
  } catch (error) {
    throw badUserInput([{ field, message: (error as Error).message }]);
  }
}

/** The requests figure of the portfolio and its slices, computed from the key alone. Open to anyone: figures only. */
export const portfolioResolvers: Resolvers = {
  Portfolio: {
    __resolveReference: (reference) => {
      parsed('key', () => parsePortfolioKey(reference.key));
      return { key: reference.key };
    },
    requests: (portfolio, _, ctx) => requestsOfPortfolios(ctx).load(portfolio.key),
  },
  PortfolioSlice: {
    __resolveReference: (reference) => {
      parsed('id', () => parsePortfolioSliceId(reference.id));
      return { id: reference.id };
    },
    requests: (slice, _, ctx) => requestsOfSlices(ctx).load(slice.id),
  },
};
