/** The languages the facility publishes in. */
export const LANGUAGES_OF_PUBLICATION = ['EN', 'FR'] as const;
export type Language = (typeof LANGUAGES_OF_PUBLICATION)[number];

/** A text in English and French. */
export interface Labels {
  EN: string;
  FR: string;
}
