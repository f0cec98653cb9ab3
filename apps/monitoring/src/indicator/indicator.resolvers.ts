import { progressTowardTarget } from '@mieux/domain';
import { allow, ROLE_GROUPS } from '@mieux/service-kit';
import type { Resolvers } from '../generated/resolvers-types';
import { parseIndicatorInput } from './indicator.input';

export const indicatorResolvers: Resolvers = {
  Mutation: {
    setIndicator: allow(ROLE_GROUPS.officers, async (_, { actionId, input }, ctx) => {
      const indicator = parseIndicatorInput(input);
      await ctx.actionClient.action(ctx, actionId);
      return ctx.indicators.set({ actionId, ...indicator });
    }),
  },
  Indicator: {
    progress: (indicator) => progressTowardTarget(indicator.baseline, indicator.target, indicator.actual),
  },
};
