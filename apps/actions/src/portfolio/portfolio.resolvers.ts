import { parsePortfolioKey, parsePortfolioSliceId, portfolioKey, type Language } from '@mieux/domain';
import { signIdSet } from '@mieux/service-kit';
import type { Resolvers } from '../generated/resolvers-types';
import { portfolioFigures, slice, slicesAlong } from './portfolio.loader';

/** The Portfolio root: open to anyone, since it holds figures only. */
export const portfolioResolvers: Resolvers = {
  Query: {
    portfolio: (_, { filter }) => ({ key: portfolioKey(filter ?? {}) }),
  },
  Portfolio: {
    __resolveReference: (reference) => ({ key: portfolioKey(parsePortfolioKey(reference.key)) }),
    actions: async (p, _, ctx) => (await portfolioFigures(ctx, p.key)).actions,
    activities: async (p, _, ctx) => (await portfolioFigures(ctx, p.key)).activities,
    countriesSupported: async (p, _, ctx) => (await portfolioFigures(ctx, p.key)).countriesSupported,
    launchedOnTimeRate: async (p, _, ctx) => (await portfolioFigures(ctx, p.key)).launchedOnTimeRate,
    actionIds: async (p, _, ctx) => (await portfolioFigures(ctx, p.key)).actionIds,
    activityIds: async (p, _, ctx) => (await portfolioFigures(ctx, p.key)).activityIds,
    deployedExpertIds: async (p, _, ctx) => (await portfolioFigures(ctx, p.key)).deployedExpertIds,
    actionIdsSignature: async (p, _, ctx) => signIdSet('actionIds', (await portfolioFigures(ctx, p.key)).actionIds, ctx.config.subgraphSecret),
    activityIdsSignature: async (p, _, ctx) => signIdSet('activityIds', (await portfolioFigures(ctx, p.key)).activityIds, ctx.config.subgraphSecret),
    deployedExpertIdsSignature: async (p, _, ctx) =>
      signIdSet('deployedExpertIds', (await portfolioFigures(ctx, p.key)).deployedExpertIds, ctx.config.subgraphSecret),
    byThematicArea: async (p, _, ctx) => (await slicesAlong(ctx, p.key, 'THEMATIC_AREA')).map(({ id }) => ({ id })),
    byRegion: async (p, _, ctx) => (await slicesAlong(ctx, p.key, 'REGION')).map(({ id }) => ({ id })),
    byYear: async (p, _, ctx) => (await slicesAlong(ctx, p.key, 'YEAR')).map(({ id }) => ({ id })),
    byCountry: async (p, _, ctx) => (await slicesAlong(ctx, p.key, 'COUNTRY')).map(({ id }) => ({ id })),
    byActivityType: async (p, _, ctx) => (await slicesAlong(ctx, p.key, 'ACTIVITY_TYPE')).map(({ id }) => ({ id })),
  },
  PortfolioSlice: {
    __resolveReference: (reference) => {
      parsePortfolioSliceId(reference.id);
      return { id: reference.id };
    },
    dimension: (s) => parsePortfolioSliceId(s.id).dimension,
    value: (s) => parsePortfolioSliceId(s.id).value,
    label: async (s, { lang }, ctx) => (await slice(ctx, s.id)).label[(lang ?? 'EN') as Language],
    actions: async (s, _, ctx) => (await slice(ctx, s.id)).actions,
    activities: async (s, _, ctx) => (await slice(ctx, s.id)).activities,
    countriesSupported: async (s, _, ctx) => (await slice(ctx, s.id)).countriesSupported,
    launchedOnTimeRate: async (s, _, ctx) => (await slice(ctx, s.id)).launchedOnTimeRate,
    actionIds: async (s, _, ctx) => (await slice(ctx, s.id)).actionIds,
    activityIds: async (s, _, ctx) => (await slice(ctx, s.id)).activityIds,
    deployedExpertIds: async (s, _, ctx) => (await slice(ctx, s.id)).deployedExpertIds,
    actionIdsSignature: async (s, _, ctx) => signIdSet('actionIds', (await slice(ctx, s.id)).actionIds, ctx.config.subgraphSecret),
    activityIdsSignature: async (s, _, ctx) => signIdSet('activityIds', (await slice(ctx, s.id)).activityIds, ctx.config.subgraphSecret),
    deployedExpertIdsSignature: async (s, _, ctx) => signIdSet('deployedExpertIds', (await slice(ctx, s.id)).deployedExpertIds, ctx.config.subgraphSecret),
  },
};
