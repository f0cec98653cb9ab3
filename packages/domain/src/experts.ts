/** Where an expert works: mostly Member State administrations, but also partner countries and beyond. */
export const EXPERT_EMPLOYER_TYPES = [
  'EU_MEMBER_STATE_ADMINISTRATION',
  'PARTNER_COUNTRY_ADMINISTRATION',
  'ACADEMIA',
  'PRIVATE_SECTOR',
  'INTERNATIONAL_ORGANISATION',
  'CIVIL_SOCIETY',
] as const;
export type ExpertEmployerType = (typeof EXPERT_EMPLOYER_TYPES)[number];

export const DEPLOYMENT_ROLES = ['LEAD_EXPERT', 'EXPERT'] as const;
export type DeploymentRole = (typeof DEPLOYMENT_ROLES)[number];

/** Working languages, ISO 639-1. */
export const LANGUAGES = [
  'ar', 'bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fa', 'fi', 'fr', 'ga', 'hr', 'hu', 'hy', 'it', 'ka', 'kk', 'ky',
  'lt', 'lv', 'mn', 'mt', 'nl', 'pl', 'pt', 'ro', 'ru', 'sk', 'sl', 'sq', 'sr', 'sv', 'sw', 'tg', 'tr', 'uk', 'ur', 'uz', 'vi', 'zh',
] as const;
export type LanguageCode = (typeof LANGUAGES)[number];

export function isLanguageCode(value: unknown): value is LanguageCode {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/** A public official of a Member State administration: the figure the factsheet reports. */
export function isPublicOfficialFromMemberState(expert: { publicOfficial: boolean; employerType: string }): boolean {
  return expert.publicOfficial && expert.employerType === 'EU_MEMBER_STATE_ADMINISTRATION';
}
