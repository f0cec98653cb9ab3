import { parsePortfolioKey, parsePortfolioSliceId, portfolioKey, type Language, type PortfolioDimension } from '@mieux/domain';
import { today } from '@mieux/service-kit';
import type { ServiceContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { figuresOf, slicesOf, type Figures, type Slice } from './portfolio.figures';
import type { Selection } from './portfolio.repository';

/** A portfolio's selection, once per request and key. */
function selectionOf(ctx: ServiceContext, key: string): Promise<Selection> {
  return ctx.loaders.get<string, Selection>('portfolio-selection', (keys) => Promise.all(keys.map((k) => ctx.portfolio.select(parsePortfolioKey(k))))).load(key);
}

/** Figures computed once per request and key, whatever number of fields ask for them. */
function portfolioFigures(ctx: ServiceContext, key: string): Promise<Figures> {
  return ctx.loaders
    .get<string, Figures>('portfolio-figures', (keys) =>
      Promise.all(keys.map(async (k) => {
        const selection = await selectionOf(ctx, k);
        return figuresOf(selection, selection.actions, today());
      })),
    )
    .load(key);
}

/** The slices of one dimension of a portfolio, computed once per request. */
function slicesAlong(ctx: ServiceContext, key: string, dimension: PortfolioDimension): Promise<Slice[]> {
  return ctx.loaders
    .get<string, Slice[]>('portfolio-slices', (pairs) =>
      Promise.all(pairs.map(async (pair) => {
        const [k, d] = pair.split('|');
        return slicesOf(k, await selectionOf(ctx, k), d as PortfolioDimension, today());
      })),
    )
    .load(`${key}|${dimension}`);
}

async function slice(ctx: ServiceContext, id: string): Promise<Slice> {
  const { key, dimension, value } = parsePortfolioSliceId(id);
  const found = (await slicesAlong(ctx, key, dimension)).find((s) => s.value === value);
  return found ?? { id, dimension, value, label: { EN: value, FR: value }, actions: 0, activities: 0, countriesSupported: 0, launchedOnTimeRate: null, actionIds: [], activityIds: [], deployedExpertIds: [] };
}

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
    byThematicArea: async (p, _, ctx) => (await slicesAlong(ctx, p.key, 'THEMATIC_AREA')).map(({ id }) => ({ id })),
    byRegion: async (p, _, ctx) => (await slicesAlong(ctx, p.key, 'REGION')).map(({ id }) => ({ id })),
    byYear: async (p, _, ctx) => (await slicesAlong(ctx, p.key, 'YEAR')).map(({ id }) => ({ id })),
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
  },
};
