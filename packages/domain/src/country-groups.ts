/**
 * Which countries the facility serves, as DOMAIN.md lists them (ISO 3166-1 alpha-2).
 * Sub-Saharan Africa: the 48 of DOMAIN.md plus South Sudan, an EDF partner since its independence
 * and a MIEUX-eligible country; kept because a partner asking should not be told it does not exist.
 */
export const SUB_SAHARAN_AFRICA = [
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
  'MG',
  'MW',
  'ML',
  'MR',
  'MU',
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
  'UG',
  'ZM',
  'ZW',
] as const;
/** ACP Caribbean states (Cuba never signed Cotonou: it is DCI). */
export const CARIBBEAN_ACP = ['AG', 'BS', 'BB', 'BZ', 'DM', 'DO', 'GD', 'GY', 'HT', 'JM', 'KN', 'LC', 'VC', 'SR', 'TT'] as const;
export const PACIFIC_ACP = ['CK', 'FJ', 'KI', 'MH', 'FM', 'NR', 'NU', 'PW', 'PG', 'WS', 'SB', 'TL', 'TO', 'TV', 'VU'] as const;
export const ENI_SOUTH = ['DZ', 'EG', 'IL', 'JO', 'LB', 'LY', 'MA', 'PS', 'SY', 'TN'] as const;
export const ENI_EAST = ['AM', 'AZ', 'BY', 'GE', 'MD', 'UA'] as const;
export const DCI_LATIN_AMERICA = ['AR', 'BO', 'BR', 'CL', 'CO', 'CR', 'CU', 'EC', 'SV', 'GT', 'HN', 'MX', 'NI', 'PA', 'PY', 'PE', 'UY', 'VE'] as const;
export const DCI_ASIA = ['AF', 'BD', 'BT', 'KH', 'CN', 'IN', 'ID', 'KP', 'LA', 'MY', 'MV', 'MN', 'MM', 'NP', 'PK', 'PH', 'LK', 'TH', 'VN'] as const;
export const DCI_CENTRAL_ASIA = ['KZ', 'KG', 'TJ', 'TM', 'UZ'] as const;
export const DCI_MIDDLE_EAST = ['IQ', 'IR', 'YE'] as const;
/** Overseas countries and territories (Council Decision 2021/1764); BQ is Bonaire, Saba and Sint Eustatius. */
export const OVERSEAS_COUNTRIES_AND_TERRITORIES = ['AW', 'CW', 'SX', 'PF', 'TF', 'NC', 'BL', 'PM', 'WF', 'GL', 'BQ'] as const;

/** The providers of expertise, never beneficiaries. */
export const EU_MEMBER_STATES = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
] as const;
/** High-income countries that are not partners of EU cooperation assistance. */
export const HIGH_INCOME_NON_PARTNERS = ['US', 'CA', 'JP', 'CH', 'NO', 'GB', 'AU', 'NZ', 'KR', 'IS', 'LI', 'SG', 'AD', 'MC', 'SM', 'VA'] as const;
/** Pre-accession countries, covered by IPA rather than by the facility's instruments. */
export const PRE_ACCESSION = ['AL', 'BA', 'ME', 'MK', 'RS', 'TR', 'XK'] as const;
