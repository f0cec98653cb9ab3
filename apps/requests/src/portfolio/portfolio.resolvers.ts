import { parsePortfolioKey, parsePortfolioSliceId } from '@mieux/domain';
import { badUserInput } from '@mieux/service-kit';
import type { Resolvers } from '../generated/resolvers-types';
import { requestsOfPortfolios, requestsOfSlices } from './portfolio.loader';

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
