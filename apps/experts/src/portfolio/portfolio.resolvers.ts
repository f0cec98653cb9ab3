import type { ServiceContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { figuresLoader } from './portfolio.loader';

const of = (ids: string[] | undefined, ctx: ServiceContext) => figuresLoader(ctx).load([...new Set(ids ?? [])]);

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
