import { today } from '../clock';

/** The date `days` from the kit's today (negative: in the past), for tests of rules that depend on the date. */
export function daysFromToday(days: number): string {
  const date = new Date(`${today()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The bands of days of the yearly figures (time to decision, to launch) as the graph answers them, with these counts in order. */
export function dayBands(...counts: [number, number, number, number, number]) {
  const bounds: [number, number | null][] = [
    [0, 30],
    [31, 90],
    [91, 180],
    [181, 365],
    [366, null],
  ];
  return bounds.map(([fromDays, toDays], i) => ({ fromDays, toDays, count: counts[i] }));
}
