import { decisionTimesOf, figuresByYear, MIEUX_BEGAN_ON } from '@mieux/domain';
import { allow, parseYearRange, ROLE_GROUPS, today } from '@mieux/service-kit';
import type { Resolvers } from '../generated/resolvers-types';

/** The first year of the facility's decisions (MIEUX began in 2009). */
const FIRST_YEAR = Number(MIEUX_BEGAN_ON.slice(0, 4));

/** The Steering Committee's and analysts' time to decision. */
export const decisionTimeResolvers: Resolvers = {
  Query: {
    timeToDecision: allow(ROLE_GROUPS.readAll, async (_, args, ctx) => {
      const { fromYear, toYear } = parseYearRange(args, FIRST_YEAR, Number(today().slice(0, 4)));
      return figuresByYear(await ctx.decisionTimes.decisionDays(fromYear, toYear), decisionTimesOf);
    }),
  },
};
