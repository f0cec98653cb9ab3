import { isPublicOfficialFromMemberState } from '@mieux/domain';
import type { ServiceContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';

interface ExpertFigures {
  expertsDeployed: number;
  publicOfficialsFromMemberStates: number;
  memberStatesRepresented: number;
}

/**
 * Figures over sets of deployed experts: every set of a batch (the portfolio, each of its slices)
 * is answered from one statement over the union of their ids. Erased experts keep their
 * statistical facts, so the figures do not change when someone is erased.
 */
function figures(ctx: ServiceContext) {
  return ctx.loaders.get<string[], ExpertFigures, string>(
    'expert-figures',
    async (sets) => {
      const facts = new Map((await ctx.experts.statisticalFacts([...new Set(sets.flat())])).map((e) => [e.id, e]));
      return sets.map((ids) => {
        const officials = ids.map((id) => facts.get(id)).filter((e) => e && isPublicOfficialFromMemberState({ publicOfficial: Boolean(e.publicOfficial), employerType: e.employerType }));
        return {
          expertsDeployed: ids.filter((id) => facts.has(id)).length,
          publicOfficialsFromMemberStates: officials.length,
          memberStatesRepresented: new Set(officials.map((e) => e!.memberState)).size,
        };
      });
    },
    { cacheKeyFn: (ids) => [...ids].sort().join(',') },
  );
}

const of = (ids: string[] | undefined, ctx: ServiceContext) => figures(ctx).load([...new Set(ids ?? [])]);

export const portfolioResolvers: Resolvers = {
  Portfolio: {
    expertsDeployed: async (p, _, ctx) => (await of(p.deployedExpertIds, ctx)).expertsDeployed,
    publicOfficialsFromMemberStates: async (p, _, ctx) => (await of(p.deployedExpertIds, ctx)).publicOfficialsFromMemberStates,
    memberStatesRepresented: async (p, _, ctx) => (await of(p.deployedExpertIds, ctx)).memberStatesRepresented,
  },
  PortfolioSlice: {
    expertsDeployed: async (s, _, ctx) => (await of(s.deployedExpertIds, ctx)).expertsDeployed,
    publicOfficialsFromMemberStates: async (s, _, ctx) => (await of(s.deployedExpertIds, ctx)).publicOfficialsFromMemberStates,
    memberStatesRepresented: async (s, _, ctx) => (await of(s.deployedExpertIds, ctx)).memberStatesRepresented,
  },
};
