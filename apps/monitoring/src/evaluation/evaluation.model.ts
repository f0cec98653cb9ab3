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

/** What an activity's summary is made of: grouped counts of its answers. */
export type AnswerCounts = readonly { respondentType: string; rating: string; relevance: string | null; usefulness: string | null; count: number }[];

/**
 * Aggregates of an activity's evaluations: what every reader may see. The figures by respondent type are
 * made from `answers` when asked (`respondentSummaries`): a page of activities asks only the totals.
 */
export interface EvaluationSummaryModel {
  activityId: string;
  count: number;
  distribution: { rating: string; count: number }[];
  satisfactionRate: number | null;
  answers: AnswerCounts;
}

/** The answers of each rating among `answers` (those `keep` keeps), in one pass; a rating of no known kind counts nowhere. */
function byRating(answers: AnswerCounts, keep: (respondentType: string) => boolean = () => true): Record<Rating, number> {
  const counts = {} as Record<Rating, number>;
  for (const rating of RATINGS) counts[rating] = 0;
  for (const answer of answers) if (Object.hasOwn(counts, answer.rating) && keep(answer.respondentType)) counts[answer.rating as Rating] += answer.count;
  return counts;
}

const total = (counts: Record<Rating, number>) => RATINGS.reduce((sum, r) => sum + counts[r], 0);

export function summarise(activityId: string, answers: AnswerCounts): EvaluationSummaryModel {
  const all = byRating(answers);
  return {
    activityId,
    count: total(all),
    distribution: RATINGS.map((rating) => ({ rating, count: all[rating] })),
    satisfactionRate: satisfactionRate(byRating(answers, countsTowardSatisfaction)),
    answers,
  };
}

/** The summary's figures for each respondent type, relevance and usefulness by extent. */
export function respondentSummaries({ activityId, answers }: EvaluationSummaryModel): RespondentSummaryModel[] {
  const extentsOf = (respondentType: string, question: 'relevance' | 'usefulness') =>
    EXTENTS.map((extent) => ({
      extent,
      count: answers.filter((e) => e.respondentType === respondentType && e[question] === extent).reduce((s, e) => s + e.count, 0),
    }));
  return RESPONDENT_TYPES.map((respondentType) => {
    const mine = byRating(answers, (type) => type === respondentType);
    return {
      activityId,
      respondentType,
      count: total(mine),
      satisfactionRate: satisfactionRate(mine),
      relevance: extentsOf(respondentType, 'relevance'),
      usefulness: extentsOf(respondentType, 'usefulness'),
    };
  });
}
