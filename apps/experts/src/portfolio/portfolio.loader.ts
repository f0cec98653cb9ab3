import { deployedExpertFigures, type DeployedExpertFigures } from '@mieux/domain';
import type { ServiceContext } from '../context';

/**
 * Figures over sets of deployed experts: every set of a batch (the portfolio, each of its slices)
 * is answered from one statement over the union of their ids. Erased experts keep their
 * statistical facts, so the figures do not change when someone is erased.
 */
export function figuresLoader(ctx: ServiceContext) {
  return ctx.loaders.get<string[], DeployedExpertFigures, string>(
    'expert-figures',
    async (sets) => {
      const facts = new Map((await ctx.experts.statisticalFacts([...new Set(sets.flat())])).map((e) => [e.id, e]));
      return sets.map((ids) => deployedExpertFigures(ids, facts));
    },
    { cacheKeyFn: (ids) => [...ids].sort().join(',') },
  );
}
