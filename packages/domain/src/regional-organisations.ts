import { findCountry, isCountryEligibleOn, type Country } from './countries';
import type { IsoDate } from './dates';
import type { Labels } from './labels';
import type { Region } from './regions';

export interface RegionalOrganisation {
  code: string;
  name: Labels;
  /** Null for organisations that span regions (the African Union, the League of Arab States). */
  region: Region | null;
  memberStates: readonly string[];
}

/** Regional organisations that have requested or may request, with their member states. */
export const REGIONAL_ORGANISATIONS: readonly RegionalOrganisation[] = [
  {
    code: 'ECOWAS',
    name: { EN: 'Economic Community of West African States', FR: "Communauté économique des États de l'Afrique de l'Ouest" },
    region: 'AFRICA',
    memberStates: ['BJ', 'BF', 'CV', 'CI', 'GM', 'GH', 'GN', 'GW', 'LR', 'ML', 'NE', 'NG', 'SN', 'SL', 'TG'],
  },
  {
    code: 'AUC',
    name: { EN: 'African Union', FR: 'Union africaine' },
    region: null,
    memberStates: [
      'DZ',
      'AO',
      'BJ',
      'BW',
      'BF',
      'BI',
      'CV',
      'CM',
      'CF',
      'TD',
      'KM',
      'CG',
      'CD',
      'CI',
      'DJ',
      'EG',
      'GQ',
      'ER',
      'SZ',
      'ET',
      'GA',
      'GM',
      'GH',
      'GN',
      'GW',
      'KE',
      'LS',
      'LR',
      'LY',
      'MG',
      'MW',
      'ML',
      'MR',
      'MU',
      'MA',
      'MZ',
      'NA',
      'NE',
      'NG',
      'RW',
      'ST',
      'SN',
      'SC',
      'SL',
      'SO',
      'ZA',
      'SS',
      'SD',
      'TZ',
      'TG',
      'TN',
      'UG',
      'ZM',
      'ZW',
    ],
  },
  {
    code: 'IGAD',
    name: { EN: 'Intergovernmental Authority on Development', FR: 'Autorité intergouvernementale pour le développement' },
    region: 'AFRICA',
    memberStates: ['DJ', 'ER', 'ET', 'KE', 'SO', 'SS', 'SD', 'UG'],
  },
  {
    code: 'SADC',
    name: { EN: 'Southern African Development Community', FR: "Communauté de développement de l'Afrique australe" },
    region: 'AFRICA',
    memberStates: ['AO', 'BW', 'KM', 'CD', 'SZ', 'LS', 'MG', 'MW', 'MU', 'MZ', 'NA', 'SC', 'ZA', 'TZ', 'ZM', 'ZW'],
  },
  {
    code: 'EAC',
    name: { EN: 'East African Community', FR: "Communauté d'Afrique de l'Est" },
    region: 'AFRICA',
    memberStates: ['BI', 'CD', 'KE', 'RW', 'SO', 'SS', 'TZ', 'UG'],
  },
  {
    code: 'ECCAS',
    name: { EN: 'Economic Community of Central African States', FR: "Communauté économique des États de l'Afrique centrale" },
    region: 'AFRICA',
    memberStates: ['AO', 'BI', 'CM', 'CF', 'TD', 'CG', 'CD', 'GQ', 'GA', 'RW', 'ST'],
  },
  {
    code: 'COMESA',
    name: { EN: 'Common Market for Eastern and Southern Africa', FR: "Marché commun de l'Afrique orientale et australe" },
    region: 'AFRICA',
    memberStates: ['BI', 'KM', 'CD', 'DJ', 'EG', 'ER', 'SZ', 'ET', 'KE', 'LY', 'MG', 'MW', 'MU', 'RW', 'SC', 'SO', 'SD', 'TN', 'UG', 'ZM', 'ZW'],
  },
  {
    code: 'SICA',
    name: { EN: 'Central American Integration System', FR: "Système d'intégration centraméricain" },
    region: 'LATIN_AMERICA_AND_CARIBBEAN',
    memberStates: ['BZ', 'CR', 'SV', 'GT', 'HN', 'NI', 'PA', 'DO'],
  },
  {
    code: 'CARICOM',
    name: { EN: 'Caribbean Community', FR: 'Communauté caribéenne' },
    region: 'LATIN_AMERICA_AND_CARIBBEAN',
    memberStates: ['AG', 'BS', 'BB', 'BZ', 'DM', 'GD', 'GY', 'HT', 'JM', 'KN', 'LC', 'VC', 'SR', 'TT'],
  },
  {
    code: 'MERCOSUR',
    name: { EN: 'Southern Common Market', FR: 'Marché commun du Sud' },
    region: 'LATIN_AMERICA_AND_CARIBBEAN',
    memberStates: ['AR', 'BO', 'BR', 'PY', 'UY'],
  },
  {
    code: 'ASEAN',
    name: { EN: 'Association of Southeast Asian Nations', FR: "Association des nations de l'Asie du Sud-Est" },
    region: 'ASIA_AND_PACIFIC',
    memberStates: ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN'],
  },
  {
    code: 'LAS',
    name: { EN: 'League of Arab States', FR: 'Ligue des États arabes' },
    region: null,
    memberStates: ['DZ', 'BH', 'KM', 'DJ', 'EG', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MR', 'MA', 'OM', 'PS', 'QA', 'SA', 'SO', 'SD', 'SY', 'TN', 'AE', 'YE'],
  },
];

const BY_CODE = new Map(REGIONAL_ORGANISATIONS.map((o) => [o.code, o]));

/** A regional organisation by its code (any case), or undefined. */
export function findRegionalOrganisation(code: string): RegionalOrganisation | undefined {
  return BY_CODE.get(code.toUpperCase());
}

/** The member states of an organisation that were eligible partners on a date. */
export function eligibleMembersOn(organisation: RegionalOrganisation, date: IsoDate): string[] {
  return organisation.memberStates.filter((code) => isCountryEligibleOn(code, date));
}

/**
 * Who a request is for. A request's beneficiary code is an ISO alpha-2 country code or a regional
 * organisation's code: the graph's `Country` entity covers both, so every service can refer to the
 * beneficiary by one code.
 */
export type Beneficiary =
  | ({ kind: 'COUNTRY' } & Country)
  | { kind: 'REGIONAL_ORGANISATION'; code: string; name: Labels; region: Region | null; memberStates: readonly string[]; euMemberState: false };

/** The country or regional organisation with that code (any case), or undefined. */
export function findBeneficiary(code: string): Beneficiary | undefined {
  const country = findCountry(code);
  if (country) return { kind: 'COUNTRY', ...country };
  const organisation = findRegionalOrganisation(code);
  return organisation && { kind: 'REGIONAL_ORGANISATION', ...organisation, euMemberState: false };
}
