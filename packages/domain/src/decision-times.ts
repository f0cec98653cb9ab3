/**
 * How long the facility takes, as portfolio figures per year: days from a request's expression of
 * interest to the Steering Committee's final decision (approved or rejected), counted in the year of
 * the decision; and days from an Action's approval to its launch (the start of its first activity
 * held, `launchedOnOf`), counted in the year of the launch. Both are summarised from a histogram (how
 * many took each number of days) so that the database sends counts, not requests or Actions.
 */

/** The bands of the distribution, in days, each bound included; the last has no end. */
export const DECISION_DAY_BANDS: readonly { fromDays: number; toDays: number | null }[] = [
  { fromDays: 0, toDays: 30 },
  { fromDays: 31, toDays: 90 },
  { fromDays: 91, toDays: 180 },
  { fromDays: 181, toDays: 365 },
  { fromDays: 366, toDays: null },
];

export interface DecisionTimes {
  decided: number;
  /** The median of the days (the mean of the two middle values for an even count); null with no decision. */
  medianDays: number | null;
  minDays: number | null;
  maxDays: number | null;
  distribution: { fromDays: number; toDays: number | null; count: number }[];
}

/** The figures of a histogram of days (`count` requests took `days` days each). */
export function decisionTimesOf(histogram: readonly { days: number; count: number }[]): DecisionTimes {
  const counted = histogram.filter((h) => h.count > 0).sort((a, b) => a.days - b.days);
  const decided = counted.reduce((n, h) => n + h.count, 0);
  const distribution = DECISION_DAY_BANDS.map((band) => ({
    ...band,
    count: counted.filter((h) => h.days >= band.fromDays && (band.toDays === null || h.days <= band.toDays)).reduce((n, h) => n + h.count, 0),
  }));
  if (decided === 0) return { decided, medianDays: null, minDays: null, maxDays: null, distribution };
  return {
    decided,
    medianDays: (nth(counted, Math.floor((decided - 1) / 2)) + nth(counted, Math.floor(decided / 2))) / 2,
    minDays: counted[0].days,
    maxDays: counted.at(-1)!.days,
    distribution,
  };
}

/** The days of the i-th request (from 0) in the sorted histogram; i is below the histogram's total. */
function nth(sorted: readonly { days: number; count: number }[], i: number): number {
  let seen = 0;
  return sorted.find((h) => (seen += h.count) > i)!.days;
}

/** Days from an Action's approval to its launch, for the Actions launched in a year; an Action not launched yet is not counted. */
export interface LaunchTimes extends Omit<DecisionTimes, 'decided'> {
  launched: number;
}

/** The figures of a histogram of days from approval to launch (`count` Actions launched `days` days after their approval). */
export function launchTimesOf(histogram: readonly { days: number; count: number }[]): LaunchTimes {
  const { decided, ...figures } = decisionTimesOf(histogram);
  return { launched: decided, ...figures };
}

/** A histogram of days per year, as the services' grouped statements answer it. */
export type YearlyHistogram = readonly { year: number; days: number; count: number }[];

/** The figures of each year of a histogram that has any, oldest first. */
export function figuresByYear<T>(
  histogram: YearlyHistogram,
  figuresOf: (histogram: readonly { days: number; count: number }[]) => T,
): ({ year: number } & T)[] {
  const years = [...new Set(histogram.filter((h) => h.count > 0).map((h) => h.year))].sort((a, b) => a - b);
  return years.map((year) => ({ year, ...figuresOf(histogram.filter((h) => h.year === year)) }));
}
