/** Who may request (brochure, FAQ 003). */
export const INSTITUTION_TYPES = [
  'NATIONAL_INSTITUTION',
  'LOCAL_INSTITUTION',
  'REGIONAL_ORGANISATION',
  'JUDICIARY',
  'PROSECUTORS_OFFICE',
  'OMBUDSPERSON',
  'PARLIAMENT',
  'CIVIL_SOCIETY_ORGANISATION',
] as const;
export type InstitutionType = (typeof INSTITUTION_TYPES)[number];

export function isInstitutionType(value: unknown): value is InstitutionType {
  return (INSTITUTION_TYPES as readonly unknown[]).includes(value);
}

/** "Since 2016" MIEUX also receives requests from these (FAQ 003); before, only national institutions and regional organisations. */
export const ACCEPTED_SINCE_2016: readonly InstitutionType[] = [
  'LOCAL_INSTITUTION',
  'JUDICIARY',
  'PROSECUTORS_OFFICE',
  'OMBUDSPERSON',
  'PARLIAMENT',
  'CIVIL_SOCIETY_ORGANISATION',
];
export const WIDER_ELIGIBILITY_FROM = '2016-01-01';

/** A civil society organisation requests only jointly with one of these. */
export const GOVERNMENT_INSTITUTION_TYPES: readonly InstitutionType[] = ['NATIONAL_INSTITUTION', 'LOCAL_INSTITUTION'];

/** How a request reaches the facility: the website, or the local EU Delegation. */
export const REQUEST_CHANNELS = ['WEBSITE', 'EU_DELEGATION'] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];
