import type { ActionStatus } from './lifecycles';
import type { Region } from './regions';

/**
 * How the facility's Actions are published in the IATI Activity Standard 2.03 (DOMAIN.md, Publishing):
 * development cooperation funded by the EU and implemented by ICMPD, DAC CRS purpose code 15190, aid type
 * D02, gender policy marker 1, results with indicators and periods.
 */
export const IATI = {
  version: '2.03',
  /** Facilitation of orderly, safe, regular and responsible migration and mobility (DAC CRS purpose code). */
  sector: { vocabulary: '1', code: '15190' },
  /** Other technical assistance (experts): aid type vocabulary 1. */
  aidType: { vocabulary: '1', code: 'D02' },
  /** ODA, as a standard grant. */
  flowType: '10',
  financeType: '110',
  /** Gender equality (marker 1) as a significant objective (1). */
  genderMarker: { vocabulary: '1', code: '1', significance: '1' },
  currency: 'EUR',
  /** The funder: the European Commission's Directorate-General for International Partnerships, as it publishes. */
  funder: { ref: 'XI-IATI-EC_INTPA', type: '15', role: '1', name: { EN: 'European Union', FR: 'Union européenne' } },
  /**
   * The implementer, who reports: ICMPD, an international organisation. Its identifier is the one this
   * facility publishes under; confirm it on the IATI Registry before the first publication.
   */
  implementer: {
    ref: 'XI-IATI-ICMPD',
    type: '40',
    role: '4',
    name: { EN: 'International Centre for Migration Policy Development', FR: 'Centre international pour le développement des politiques migratoires' },
  },
} as const;

/** IATI ActivityStatus: 1 pipeline, 2 implementation, 3 finalisation, 4 closed, 5 cancelled. */
const ACTIVITY_STATUS: Record<ActionStatus, string> = { PLANNED: '1', IN_IMPLEMENTATION: '2', COMPLETED: '3', CLOSED: '4', CANCELLED: '5' };

/** The IATI activity status of an Action. */
export function iatiActivityStatus(status: ActionStatus): string {
  return ACTIVITY_STATUS[status];
}

/**
 * The IATI CollaborationType: triangular co-operation (8) when experts from partner countries (not EU
 * Member States) took part, bilateral (1) otherwise.
 */
export function iatiCollaborationType(expertsFromPartnerCountries: boolean): string {
  return expertsFromPartnerCountries ? '8' : '1';
}

/**
 * The OECD DAC recipient region (vocabulary 1) of an Action for a regional organisation: Africa, regional
 * (298); Asia, regional (798); Europe, regional (89) for the Eastern Neighbourhood; North of Sahara,
 * regional (189) for the Southern Neighbourhood; America, regional (498); developing countries,
 * unspecified (998) for the overseas countries and territories.
 */
const DAC_REGION: Record<Region, string> = {
  AFRICA: '298',
  ASIA_AND_PACIFIC: '798',
  EASTERN_NEIGHBOURHOOD: '89',
  SOUTHERN_NEIGHBOURHOOD: '189',
  LATIN_AMERICA_AND_CARIBBEAN: '498',
  OVERSEAS_COUNTRIES_AND_TERRITORIES: '998',
};

export function iatiRecipientRegion(region: Region): string {
  return DAC_REGION[region];
}

/**
 * An indicator's period as IATI dates: `2016-2018` is 1 January 2016 to 31 December 2018, `2019` the
 * year 2019, a `YYYY-MM-DD/YYYY-MM-DD` range itself; anything else is the fallback (the Action's dates).
 */
export function iatiPeriod(period: string, fallback: { start: string; end: string }): { start: string; end: string } {
  const range = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(period.trim());
  if (range) return { start: range[1], end: range[2] };
  const years = /^(\d{4})(?:\s*-\s*(\d{4}))?$/.exec(period.trim());
  if (years) return { start: `${years[1]}-01-01`, end: `${years[2] ?? years[1]}-12-31` };
  return fallback;
}
