import { countsTowardSatisfaction, EXTENTS, RATINGS, RESPONDENT_TYPES, satisfactionRate, type Rating } from '@mieux/domain';
import type { EvaluationRow } from './evaluation.entity';

/** One respondent's evaluation, as project officers read it. */
export type EvaluationModel = EvaluationRow;

/** One respondent type's aggregates; its links issued and answered are read apart, when asked (linkCountsLoader). */
export interface RespondentSummaryModel {
  activityId: string;
  respondentType: string;
  count: number;
  satisfactionRate: number | null;
  relevance: { extent: string; count: number }[];
  usefulness: { extent: string; count: number }[];
}

/** Aggregates of an activity's evaluations: what every reader may see. */
export interface EvaluationSummaryModel {
  activityId: string;
  count: number;
  distribution: { rating: string; count: number }[];
  satisfactionRate: number | null;
  byRespondentType: RespondentSummaryModel[];
}

/** What an activity's summary is made of: grouped counts of its answers. */
type AnswerCounts = readonly { respondentType: string; rating: string; relevance: string | null; usefulness: string | null; count: number }[];

const sum = (rows: readonly { count: number }[]) => rows.reduce((s, r) => s + r.count, 0);

export function summarise(activityId: string, ratings: AnswerCounts): EvaluationSummaryModel {
  const byRating = (rows: readonly { rating: string; count: number }[]) =>
    Object.fromEntries(RATINGS.map((r) => [r, sum(rows.filter((x) => x.rating === r))])) as Record<Rating, number>;
  const all = byRating(ratings);
  const extentsOf = (respondentType: string, question: 'relevance' | 'usefulness') =>
    EXTENTS.map((extent) => ({
      extent,
      count: sum(ratings.filter((e) => e.respondentType === respondentType && e[question] === extent)),
    }));
  return {
    activityId,
    count: Object.values(all).reduce((a, b) => a + b, 0),
    distribution: RATINGS.map((rating) => ({ rating, count: all[rating] })),
    satisfactionRate: satisfactionRate(byRating(ratings.filter((c) => countsTowardSatisfaction(c.respondentType)))),
    byRespondentType: RESPONDENT_TYPES.map((respondentType) => {
      const mine = byRating(ratings.filter((c) => c.respondentType === respondentType));
      return {
        activityId,
        respondentType,
        count: Object.values(mine).reduce((a, b) => a + b, 0),
        satisfactionRate: satisfactionRate(mine),
        relevance: extentsOf(respondentType, 'relevance'),
        usefulness: extentsOf(respondentType, 'usefulness'),
      };
    }),
  };
}
