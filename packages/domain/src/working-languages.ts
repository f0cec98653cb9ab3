import type { LanguageCode } from './experts';

/**
 * The working languages of activities by country or regional organisation: the official languages
 * that the facility works in with international experts (English, French, Spanish, Portuguese,
 * Arabic, Russian) and the official language of a country where EU Member States' experts speak it
 * (Romanian in Moldova, Dutch in Suriname and the Dutch OCTs, Danish in Greenland), in the order an
 * activity would use them. A national language rarely on the roster (Swahili, Urdu, Vietnamese,
 * Armenian...) is left to interpretation, and Russian is named where it is the usual language of
 * official work beside the national one (Central Asia, Belarus). Sources: the countries' constitutions
 * as summarised by the CIA World Factbook (2023), the organisations' founding treaties. A country not
 * named here works in English.
 */
const BY_LANGUAGES: readonly [readonly LanguageCode[], readonly string[]][] = [
  [['fr'], ['SN', 'CI', 'ML', 'BF', 'NE', 'GN', 'BJ', 'TG', 'GA', 'CG', 'CD', 'CF', 'MG', 'HT', 'PF', 'NC', 'WF', 'BL', 'PM', 'TF']],
  [
    ['fr', 'en'],
    ['CM', 'BI', 'RW', 'SC', 'MU', 'VU', 'IGAD', 'COMESA'],
  ],
  [
    ['fr', 'ar'],
    ['TD', 'DJ', 'KM'],
  ],
  [
    ['ar', 'fr'],
    ['MA', 'TN', 'DZ', 'LB', 'MR'],
  ],
  [['ar'], ['EG', 'JO', 'LY', 'PS', 'SY', 'IQ', 'YE', 'SD', 'SO', 'LAS']],
  [['ar', 'en'], ['ER']],
  [['es'], ['AR', 'BO', 'CL', 'CO', 'CR', 'CU', 'EC', 'SV', 'GT', 'HN', 'MX', 'NI', 'PA', 'PY', 'PE', 'UY', 'VE', 'DO', 'SICA']],
  [['es', 'fr', 'pt'], ['GQ']],
  [['pt'], ['BR', 'AO', 'MZ', 'CV', 'GW', 'ST', 'TL']],
  [['es', 'pt'], ['MERCOSUR']],
  [
    ['en', 'fr', 'pt'],
    ['ECOWAS', 'SADC'],
  ],
  [['fr', 'es', 'pt'], ['ECCAS']],
  [['en', 'fr', 'ar', 'pt'], ['AUC']],
  [['ru'], ['BY', 'TM', 'KZ', 'KG', 'TJ', 'UZ']],
  [['ro'], ['MD']],
  [['nl'], ['SR', 'AW', 'CW', 'SX', 'BQ']],
  [['da'], ['GL']],
];

/** The countries and regional organisations named above, each with its working languages. */
export const NAMED_WORKING_LANGUAGES: ReadonlyMap<string, readonly LanguageCode[]> = new Map(
  BY_LANGUAGES.flatMap(([languages, codes]) => codes.map((code) => [code, languages] as const)),
);

/** The languages an activity works in when the officer names none: the official ones of the country or organisation, English when none is on the roster. */
export const DEFAULT_WORKING_LANGUAGES: readonly LanguageCode[] = ['en'];

/**
 * The working languages of an activity held in a country or for a regional organisation (its code, in
 * any case) when none is given: their official languages among the roster's, else English.
 */
export function defaultWorkingLanguages(code: string): LanguageCode[] {
  return [...(NAMED_WORKING_LANGUAGES.get(code.toUpperCase()) ?? DEFAULT_WORKING_LANGUAGES)];
}
