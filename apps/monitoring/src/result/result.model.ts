import type { FinalEvaluationRow, ResultRow } from './result.entity';

/** What an Action achieved, as resolvers see it: its results (policies, strategies, ...) and its final evaluation. */
export type ResultModel = ResultRow;
export type FinalEvaluationModel = FinalEvaluationRow;
