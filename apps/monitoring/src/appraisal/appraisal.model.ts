import type { AppraisalRow } from './appraisal.entity';

/** An appraisal as officers read it: the expert as a reference the graph resolves, and what the officer said. */
export function toAppraisalModel(row: AppraisalRow) {
  return { expert: { id: row.expertId }, rating: row.rating, wouldDeployAgain: row.wouldDeployAgain, comment: row.comment, appraisedAt: row.appraisedAt };
}
export type AppraisalModel = ReturnType<typeof toAppraisalModel>;
