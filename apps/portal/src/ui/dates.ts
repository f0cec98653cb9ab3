const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date of the graph said in the page's language: a calendar date (YYYY-MM-DD: an activity's days, a
 * decision's) as written, whatever the reader's time zone; a moment (an ISO date-time) on the reader's day.
 */
export function formatDate(value: string, lang: string, style: 'medium' | 'long' = 'medium'): string {
  if (!CALENDAR_DATE.test(value)) return new Intl.DateTimeFormat(lang, { dateStyle: style }).format(new Date(value));
  return new Intl.DateTimeFormat(lang, { dateStyle: style, timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`));
}

/** Today's calendar date (YYYY-MM-DD). */
export const today = (): string => new Date().toISOString().slice(0, 10);

/** Whole days from a calendar date to another (to today by default). */
export function daysBetween(from: string, to: string = today()): number {
  return Math.round((Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / 86_400_000);
}
