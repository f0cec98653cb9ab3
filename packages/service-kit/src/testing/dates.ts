import { today } from '../clock';

/** The date `days` from the kit's today (negative: in the past), for tests of rules that depend on the date. */
export function daysFromToday(days: number): string {
  const date = new Date(`${today()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
