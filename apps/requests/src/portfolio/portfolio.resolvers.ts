import { decisionTimesOf, figuresByYear, MIEUX_BEGAN_ON, parsePortfolioKey, parsePortfolioSliceId } from '@mieux/domain';
import { allow, badUserInput, parseYearRange, ROLE_GROUPS, today } from '@mieux/service-kit';
import type { Resolvers } from '../generated/resolvers-types';
import { requestsOfPortfolios, requestsOfSlices } from './portfolio.loader';

/** The first year of the facility's decisions (MIEUX began in 2009). */
const FIRST_YEAR = Number(MIEUX_BEGAN_ON.slice(0, 4));

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
  Query: {
    timeToDecision: allow(ROLE_GROUPS.readAll, async (_, args, ctx) => {
      const { fromYear, toYear } = parseYearRange(args, FIRST_YEAR, Number(today().slice(0, 4)));
      return figuresByYear(await ctx.portfolio.decisionDays(fromYear, toYear), decisionTimesOf);
    }),
  },
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
