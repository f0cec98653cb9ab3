import { parsePortfolioKey, parsePortfolioSliceId, type PortfolioDimension } from '@mieux/domain';
import { today } from '@mieux/service-kit';
import type { ServiceContext } from '../context';
import { selectionFigures, slicesOf, type Figures, type Slice } from './portfolio.figures';
import type { Selection } from './portfolio.repository';

/** A portfolio's selection, once per request and key. */
function selectionOf(ctx: ServiceContext, key: string): Promise<Selection> {
  return ctx.loaders
    .get<string, Selection>('portfolio-selection', (keys) => Promise.all(keys.map((k) => ctx.portfolio.select(parsePortfolioKey(k)))))
    .load(key);
}

/** Figures computed once per request and key, whatever number of fields ask for them. */
export function portfolioFigures(ctx: ServiceContext, key: string): Promise<Figures> {
  return ctx.loaders
    .get<string, Figures>('portfolio-figures', (keys) =>
      Promise.all(
        keys.map(async (k) => {
          return selectionFigures(await selectionOf(ctx, k), today());
        }),
      ),
    )
    .load(key);
}

/** The slices of one dimension of a portfolio, computed once per request. */
export function slicesAlong(ctx: ServiceContext, key: string, dimension: PortfolioDimension): Promise<Slice[]> {
  return ctx.loaders
    .get<string, Slice[]>('portfolio-slices', (pairs) =>
      Promise.all(
        pairs.map(async (pair) => {
          const [k, d] = pair.split('|');
          return slicesOf(k, await selectionOf(ctx, k), d as PortfolioDimension, today());
        }),
      ),
    )
    .load(`${key}|${dimension}`);
}

/** One slice by its id; an empty one when the portfolio has nothing of that value. */
export async function slice(ctx: ServiceContext, id: string): Promise<Slice> {
  const { key, dimension, value } = parsePortfolioSliceId(id);
  const found = (await slicesAlong(ctx, key, dimension)).find((s) => s.value === value);
  return (
    found ?? {
      id,
      dimension,
      value,
      label: { EN: value, FR: value },
      actions: 0,
      activities: 0,
      countriesSupported: 0,
      launchedOnTimeRate: null,
      actionIds: [],
      activityIds: [],
      deployedExpertIds: [],
    }
  );
}
