import { countsTowardSatisfaction, RATINGS, RESPONDENT_TYPES, satisfactionRate, type Rating } from '@mieux/domain';
import type { EvaluationRow } from './evaluation.entity';

/** One respondent's evaluation, as project officers read it. */
export type EvaluationModel = EvaluationRow;

/** Aggregates of an activity's evaluations: what every reader may see. */
export interface EvaluationSummaryModel {
  activityId: string;
  count: number;
  distribution: { rating: string; count: number }[];
  satisfactionRate: number | null;
  byRespondentType: { respondentType: string; count: number; satisfactionRate: number | null }[];
}

export function summarise(activityId: string, counts: readonly { respondentType: string; rating: string; count: number }[]): EvaluationSummaryModel {
  const byRating = (rows: readonly { rating: string; count: number }[]) =>
    Object.fromEntries(RATINGS.map((r) => [r, rows.filter((x) => x.rating === r).reduce((s, x) => s + x.count, 0)])) as Record<Rating, number>;
  const all = byRating(counts);
  return {
    activityId,
    count: Object.values(all).reduce((a, b) => a + b, 0),
    distribution: RATINGS.map((rating) => ({ rating, count: all[rating] })),
    satisfactionRate: satisfactionRate(byRating(counts.filter((c) => countsTowardSatisfaction(c.respondentType)))),
    byRespondentType: RESPONDENT_TYPES.map((respondentType) => {
      const mine = byRating(counts.filter((c) => c.respondentType === respondentType));
      return { respondentType, count: Object.values(mine).reduce((a, b) => a + b, 0), satisfactionRate: satisfactionRate(mine) };
    }),
  };
}
