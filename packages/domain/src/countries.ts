import countryNames from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';
import french from 'i18n-iso-countries/langs/fr.json';
import {
  CARIBBEAN_ACP,
  DCI_ASIA,
  DCI_CENTRAL_ASIA,
  DCI_LATIN_AMERICA,
  DCI_MIDDLE_EAST,
  ENI_EAST,
  ENI_SOUTH,
  EU_MEMBER_STATES,
  HIGH_INCOME_NON_PARTNERS,
  OVERSEAS_COUNTRIES_AND_TERRITORIES,
  PACIFIC_ACP,
  PRE_ACCESSION,
  SUB_SAHARAN_AFRICA,
} from './country-groups';
import type { IsoDate } from './dates';
import { instrumentValidOn, type InstrumentCode } from './instruments';
import type { Labels } from './labels';
import type { Region } from './regions';

// Stryker disable next-line CallExpression: under Node the package registers every locale itself; a browser bundle needs these
countryNames.registerLocale(english);
// Stryker disable next-line CallExpression: as above
countryNames.registerLocale(french);

export type CountryStatus = 'PARTNER' | 'EU_MEMBER_STATE' | 'HIGH_INCOME_NON_PARTNER' | 'PRE_ACCESSION' | 'NOT_ELIGIBLE';

export interface Country {
  code: string;
  name: Labels;
  region: Region | null;
  /** Every instrument that covered it at some time; `countryInstrumentsOn` tells which on a date. */
  instruments: readonly InstrumentCode[];
  euMemberState: boolean;
  status: CountryStatus;
}

const PARTNERS: [readonly string[], Region, readonly InstrumentCode[]][] = [
  [SUB_SAHARAN_AFRICA, 'AFRICA', ['EDF', 'NDICI']],
  [CARIBBEAN_ACP, 'LATIN_AMERICA_AND_CARIBBEAN', ['EDF', 'NDICI']],
  [PACIFIC_ACP, 'ASIA_AND_PACIFIC', ['EDF', 'NDICI']],
  [ENI_SOUTH, 'SOUTHERN_NEIGHBOURHOOD', ['ENPI', 'ENI', 'NDICI']],
  [ENI_EAST, 'EASTERN_NEIGHBOURHOOD', ['ENPI', 'ENI', 'NDICI']],
  [DCI_LATIN_AMERICA, 'LATIN_AMERICA_AND_CARIBBEAN', ['DCI', 'NDICI']],
  [DCI_ASIA, 'ASIA_AND_PACIFIC', ['DCI', 'NDICI']],
  [DCI_CENTRAL_ASIA, 'ASIA_AND_PACIFIC', ['DCI', 'NDICI']],
  [DCI_MIDDLE_EAST, 'ASIA_AND_PACIFIC', ['DCI', 'NDICI']],
  [OVERSEAS_COUNTRIES_AND_TERRITORIES, 'OVERSEAS_COUNTRIES_AND_TERRITORIES', ['OAD']],
];
/** South Africa is covered by both the EDF and the DCI. */
const EXTRA_INSTRUMENTS: Record<string, readonly InstrumentCode[]> = { ZA: ['DCI'] };

/** Whether an ISO 3166-1 alpha-2 code is an EU Member State's (in any case). */
export function isEuMemberState(code: string): boolean {
  return (EU_MEMBER_STATES as readonly string[]).includes(code.toUpperCase());
}

function classify(code: string): Pick<Country, 'region' | 'instruments' | 'status'> {
  const partner = PARTNERS.find(([codes]) => codes.includes(code));
  if (partner) {
    const instruments = [...new Set([...partner[2], ...(EXTRA_INSTRUMENTS[code] ?? [])])];
    return { region: partner[1], instruments, status: 'PARTNER' };
  }
  const status: CountryStatus = isEuMemberState(code)
    ? 'EU_MEMBER_STATE'
    : (HIGH_INCOME_NON_PARTNERS as readonly string[]).includes(code)
      ? 'HIGH_INCOME_NON_PARTNER'
      : (PRE_ACCESSION as readonly string[]).includes(code)
        ? 'PRE_ACCESSION'
        : 'NOT_ELIGIBLE';
  return { region: null, instruments: [], status };
}

/** Every ISO 3166-1 country, with English and French names, region, instruments and status. */
export const COUNTRIES: readonly Country[] = Object.keys(countryNames.getAlpha2Codes())
  .sort()
  .map((code) => ({
    code,
    name: { EN: countryNames.getName(code, 'en')!, FR: countryNames.getName(code, 'fr')! },
    euMemberState: isEuMemberState(code),
    ...classify(code),
  }));

const BY_CODE = new Map(COUNTRIES.map((c) => [c.code, c]));

/** A country by its ISO alpha-2 code (any case), or undefined. */
export function findCountry(code: string): Country | undefined {
  return BY_CODE.get(code.toUpperCase());
}

/** The instruments that covered a country on a date. */
export function countryInstrumentsOn(code: string, date: IsoDate): InstrumentCode[] {
  return (findCountry(code)?.instruments ?? []).filter((i) => instrumentValidOn(i, date));
}

/** Whether a country could request on a date: a partner covered by at least one instrument then. */
export function isCountryEligibleOn(code: string, date: IsoDate): boolean {
  // Stryker disable next-line ConditionalExpression: only partners have instruments, so skipping this test cannot change the result
  if (findCountry(code)?.status !== 'PARTNER') return false;
  return countryInstrumentsOn(code, date).length > 0;
}
