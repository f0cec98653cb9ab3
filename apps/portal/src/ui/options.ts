/** The codes of an enum of the schema, ordered by their label in the page's language (as a select lists them). */
export function byLabel<T extends string>(codes: readonly T[], label: (code: T) => string, lang: string): T[] {
  return [...codes].sort((a, b) => label(a).localeCompare(label(b), lang));
}
