import { findPhase } from './phases';

/**
 * The portfolio filter and its canonical key. The key identifies a Portfolio entity in the graph:
 * every subgraph can read the filter back from it, so the figures of one portfolio are computed
 * over the same selection everywhere.
 */
export interface PortfolioFilter {
  from?: string | null;
  to?: string | null;
  region?: string | null;
  countryCode?: string | null;
  thematicArea?: string | null;
  phase?: string | null;
}

/** The dates a period covers, both ends included; null at an end that is open. */
export interface Period {
  from: string | null;
  to: string | null;
}

/**
 * The period a filter selects (by approval, by expression of interest: the service says which
 * date): the dates from `from` to `to` within the phase's, when a phase is named. Null when it
 * selects nothing: an unknown phase, or an end before the start.
 */
export function periodOf(filter: Pick<PortfolioFilter, 'from' | 'to' | 'phase'>): Period | null {
  const phase = filter.phase ? findPhase(filter.phase) : undefined;
  if (filter.phase && !phase) return null;
  const from =
    [filter.from, phase?.from]
      .filter((d): d is string => Boolean(d))
      .sort()
      .at(-1) ?? null;
  const to = [filter.to, phase?.to].filter((d): d is string => Boolean(d)).sort()[0] ?? null;
  return from && to && to < from ? null : { from, to };
}

const FIELDS = ['from', 'to', 'region', 'countryCode', 'thematicArea', 'phase'] as const;
type Field = (typeof FIELDS)[number];

/** The canonical key of a filter: its set fields in a fixed order, `all` when none is set. */
export function portfolioKey(filter: PortfolioFilter | null | undefined): string {
  const parts = FIELDS.filter((field) => filter?.[field]).map((field) => `${field}=${filter![field]}`);
  return parts.length === 0 ? 'all' : parts.join(';');
}

/** Reads a key made by portfolioKey back into its filter; throws on anything else. */
export function parsePortfolioKey(key: string): PortfolioFilter {
  if (key === 'all') return {};
  const filter: PortfolioFilter = {};
  for (const part of key.split(';')) {
    const [field, value, extra] = part.split('=');
    if (!FIELDS.includes(field as Field) || !value || extra !== undefined || field in filter) {
      throw new Error(`not a portfolio key: ${key}`);
    }
    filter[field as Field] = value;
  }
  if (portfolioKey(filter) !== key) throw new Error(`not a canonical portfolio key: ${key}`);
  return filter;
}

/** The slice dimensions of a portfolio. */
export const PORTFOLIO_DIMENSIONS = ['THEMATIC_AREA', 'REGION', 'YEAR', 'COUNTRY', 'ACTIVITY_TYPE'] as const;
export type PortfolioDimension = (typeof PORTFOLIO_DIMENSIONS)[number];

/** The id of a slice: the portfolio key, the dimension and the value (a code or a year). */
export function portfolioSliceId(key: string, dimension: PortfolioDimension, value: string): string {
  return `${key}|${dimension}|${value}`;
}

/** Reads a slice id back; throws on anything else. */
export function parsePortfolioSliceId(id: string): { key: string; filter: PortfolioFilter; dimension: PortfolioDimension; value: string } {
  const [key, dimension, value, extra] = id.split('|');
  if (!key || !value || extra !== undefined || !PORTFOLIO_DIMENSIONS.includes(dimension as PortfolioDimension)) {
    throw new Error(`not a portfolio slice id: ${id}`);
  }
  return { key, filter: parsePortfolioKey(key), dimension: dimension as PortfolioDimension, value };
}
