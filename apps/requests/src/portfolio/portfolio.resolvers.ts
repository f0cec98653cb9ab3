import { parsePortfolioKey, parsePortfolioSliceId } from '@mieux/domain';
import type { Resolvers } from '../generated/resolvers-types';
import { requestsOfPortfolios, requestsOfSlices } from './portfolio.loader';

/** The requests figure of the portfolio and its slices, computed from the key alone. Open to anyone: figures only. */
export const portfolioResolvers: Resolvers = {
  Portfolio: {
    __resolveReference: (reference) => {
      parsePortfolioKey(reference.key);
      return { key: reference.key };
    },
    requests: (portfolio, _, ctx) => requestsOfPortfolios(ctx).load(portfolio.key),
  },
  PortfolioSlice: {
    __resolveReference: (reference) => {
      parsePortfolioSliceId(reference.id);
      return { id: reference.id };
    },
    requests: (slice, _, ctx) => requestsOfSlices(ctx).load(slice.id),
  },
};
