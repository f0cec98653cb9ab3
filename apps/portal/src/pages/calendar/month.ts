import { today as todayDate } from '../../ui/dates';

/** Months of the calendar as YYYY-MM, and the weeks (Monday to Sunday) a month's agenda is grouped by. */

const DAY = 86_400_000;
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);
const time = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** The month a page asks for (`?month=2027-01`), or the current one. */
export function monthOf(value: string | null | undefined, today = todayDate()): string {
  return value && /^\d{4}-(0[1-9]|1[0-2])$/.test(value) ? value : today.slice(0, 7);
}

/** The month some months before or after. */
export function shiftMonth(month: string, by: number): string {
  const [year, m] = month.split('-').map(Number);
  return new Date(Date.UTC(year, m - 1 + by, 1)).toISOString().slice(0, 7);
}

/** The first and last day of the month: the calendar's window. */
export function monthWindow(month: string): { from: string; to: string } {
  return { from: `${month}-01`, to: iso(time(`${shiftMonth(month, 1)}-01`) - DAY) };
}

export interface Week {
  /** The week's first and last day within the month. */
  from: string;
  to: string;
}

/** The weeks of the month, Monday to Sunday, cut at the month's first and last day. */
export function weeksOf(month: string): Week[] {
  const { from, to } = monthWindow(month);
  const weeks: Week[] = [];
  let start = time(from);
  while (start <= time(to)) {
    const weekday = (new Date(start).getUTCDay() + 6) % 7;
    const end = Math.min(start + (6 - weekday) * DAY, time(to));
    weeks.push({ from: iso(start), to: iso(end) });
    start = end + DAY;
  }
  return weeks;
}

/** The activities in each week of the month, by the day each starts (those begun before the month, in its first week). */
export function byWeek<T extends { startsOn: string }>(month: string, items: T[]): { week: Week; items: T[] }[] {
  return weeksOf(month).map((week, index) => ({
    week,
    items: items.filter((item) => (index === 0 || item.startsOn >= week.from) && item.startsOn <= week.to),
  }));
}
