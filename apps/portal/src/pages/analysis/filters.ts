import { Phase, Region, ThematicArea, type ActionFilter } from '../../gql/graphql';

/** The analyst's filter, as the page's address keeps it (`?from=2016-01-01&region=AFRICA`), so a view can be shared. */
export interface AnalysisFilter {
  from?: string;
  to?: string;
  region?: Region;
  countryCode?: string;
  thematicArea?: ThematicArea;
  phase?: Phase;
}

const KEYS = ['from', 'to', 'region', 'countryCode', 'thematicArea', 'phase'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const oneOf = <T extends string>(values: Record<string, T>, value: string | null): T | undefined =>
  value !== null && (Object.values(values) as string[]).includes(value) ? (value as T) : undefined;

/** The filter an address names; what is not a valid value is left out (an old or hand-edited link still opens). */
export function filterOf(search: string): AnalysisFilter {
  const params = new URLSearchParams(search);
  const date = (key: string) => {
    const value = params.get(key);
    return value && DATE.test(value) ? value : undefined;
  };
  const country = params.get('countryCode')?.toUpperCase();
  const filter: AnalysisFilter = {
    from: date('from'),
    to: date('to'),
    region: oneOf(Region, params.get('region')),
    countryCode: country && /^[A-Z0-9-]{2,12}$/.test(country) ? country : undefined,
    thematicArea: oneOf(ThematicArea, params.get('thematicArea')),
    phase: oneOf(Phase, params.get('phase')),
  };
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined));
}

/** The address's query string for a filter, in a stable order (empty values left out). */
export function searchOf(filter: AnalysisFilter, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const key of KEYS) if (filter[key]) params.set(key, filter[key]);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params.toString();
}

/** The same Actions in the list's terms: a portfolio's period is the Actions' approval dates. */
export function actionFilter({ from, to, ...rest }: AnalysisFilter): ActionFilter {
  return { ...rest, ...(from ? { approvedFrom: from } : {}), ...(to ? { approvedTo: to } : {}) };
}

/** The query string of the gateway's exports for a filter (`/export/portfolio.csv?…`, `/export/actions.csv?…`). */
export function exportSearch(kind: 'portfolio' | 'actions', filter: AnalysisFilter, lang: 'EN' | 'FR'): string {
  const { from, to, ...rest } = filter;
  const named: Record<string, string | undefined> = kind === 'portfolio' ? { ...filter } : { ...rest, approvedFrom: from, approvedTo: to };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(named)) if (value) params.set(key, value);
  params.set('lang', lang);
  return params.toString();
}
