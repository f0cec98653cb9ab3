import type { Resolvers } from '../generated/resolvers-types';
import { figuresOf } from './portfolio.loader';

/** Open to anyone: figures only. */
export const portfolioResolvers: Resolvers = {
  Portfolio: {
    participants: async (p, _, ctx) => (await figuresOf(p, ctx)).participants,
    womenParticipants: async (p, _, ctx) => (await figuresOf(p, ctx)).womenParticipants,
    satisfactionRate: async (p, _, ctx) => (await figuresOf(p, ctx)).satisfactionRate,
    policiesSupported: async (p, _, ctx) => (await figuresOf(p, ctx)).policiesSupported,
  },
  PortfolioSlice: {
    participants: async (s, _, ctx) => (await figuresOf(s, ctx)).participants,
    womenParticipants: async (s, _, ctx) => (await figuresOf(s, ctx)).womenParticipants,
    satisfactionRate: async (s, _, ctx) => (await figuresOf(s, ctx)).satisfactionRate,
    policiesSupported: async (s, _, ctx) => (await figuresOf(s, ctx)).policiesSupported,
  },
};
