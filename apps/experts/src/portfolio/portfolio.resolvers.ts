import { trustedIdSet } from '@mieux/service-kit';
import type { ServiceContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { figuresLoader } from './portfolio.loader';
import type { PortfolioRepresentation, PortfolioSliceRepresentation } from './portfolio.model';

/** The figures over the experts of a set the actions service signed (FORBIDDEN for any other: a set crafted for `_entities`). */
const of = (set: PortfolioRepresentation | PortfolioSliceRepresentation, ctx: ServiceContext) =>
  figuresLoader(ctx).load([...new Set(trustedIdSet('deployedExpertIds', set.deployedExpertIds, set.deployedExpertIdsSignature, ctx.config.subgraphSecret))]);

export const portfolioResolvers: Resolvers = {
  Portfolio: {
    expertsDeployed: async (p, _, ctx) => (await of(p, ctx)).expertsDeployed,
    publicOfficialsFromMemberStates: async (p, _, ctx) => (await of(p, ctx)).publicOfficialsFromMemberStates,
    memberStatesRepresented: async (p, _, ctx) => (await of(p, ctx)).memberStatesRepresented,
  },
  PortfolioSlice: {
    expertsDeployed: async (s, _, ctx) => (await of(s, ctx)).expertsDeployed,
    publicOfficialsFromMemberStates: async (s, _, ctx) => (await of(s, ctx)).publicOfficialsFromMemberStates,
    memberStatesRepresented: async (s, _, ctx) => (await of(s, ctx)).memberStatesRepresented,
  },
};
