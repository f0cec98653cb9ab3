import type { Labels } from './labels';

/** Regions for reporting, as the brochure maps them. */
export const REGIONS = [
  'AFRICA',
  'ASIA_AND_PACIFIC',
  'EASTERN_NEIGHBOURHOOD',
  'SOUTHERN_NEIGHBOURHOOD',
  'LATIN_AMERICA_AND_CARIBBEAN',
  'OVERSEAS_COUNTRIES_AND_TERRITORIES',
] as const;
export type Region = (typeof REGIONS)[number];

export const REGION_LABELS: Readonly<Record<Region, Labels>> = {
  AFRICA: { EN: 'Africa', FR: 'Afrique' },
  ASIA_AND_PACIFIC: { EN: 'Asia and the Pacific', FR: 'Asie et Pacifique' },
  EASTERN_NEIGHBOURHOOD: { EN: 'Eastern Neighbourhood', FR: 'Voisinage oriental' },
  SOUTHERN_NEIGHBOURHOOD: { EN: 'Southern Neighbourhood', FR: 'Voisinage méridional' },
  LATIN_AMERICA_AND_CARIBBEAN: { EN: 'Latin America and the Caribbean', FR: 'Amérique latine et Caraïbes' },
  OVERSEAS_COUNTRIES_AND_TERRITORIES: { EN: 'Overseas countries and territories', FR: "Pays et territoires d'outre-mer" },
};

export function isRegion(value: unknown): value is Region {
  return (REGIONS as readonly unknown[]).includes(value);
}
