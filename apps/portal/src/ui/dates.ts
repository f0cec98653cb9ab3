/** A calendar date of the graph (YYYY-MM-DD), said in the page's language; the day as written, whatever the time zone. */
export function formatDate(value: string, lang: string, style: 'medium' | 'long' = 'medium'): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: style, timeZone: 'UTC' }).format(new Date(`${value.slice(0, 10)}T00:00:00Z`));
}

/** Today's calendar date (YYYY-MM-DD). */
export const today = (): string => new Date().toISOString().slice(0, 10);

/** Whole days from a calendar date to another (to today by default). */
export function daysBetween(from: string, to: string = today()): number {
  return Math.round((Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / 86_400_000);
}
