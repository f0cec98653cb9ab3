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
    target: (indicator) => indicator.periods.at(-1)?.target ?? 0,
    actual: (indicator) => indicator.periods.at(-1)?.actual ?? null,
    period: (indicator) => indicator.periods.at(-1)?.period ?? '',
    progress: (indicator) => {
      const last = indicator.periods.at(-1);
      return last ? progressTowardTarget(indicator.baseline, last.target, last.actual) : null;
    },
  },
  IndicatorPeriod: {
    progress: (period) => progressTowardTarget(period.baseline, period.target, period.actual),
  },
};
