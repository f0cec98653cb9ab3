import { EntitySchema } from 'typeorm';

/**
 * A single-use link to the questionnaire, issued when an officer opens an activity's evaluation.
 * Stored by the hash of its token only; it says whom it is for (a respondent type), never who used it,
 * and the answer it took keeps no trace of it.
 */
export interface EvaluationLinkRow {
  tokenHash: string;
  activityId: string;
  actionId: string;
  /** The activity's title when the evaluation was opened, shown to the respondent. */
  activityTitle: string;
  respondentType: string;
  openedAt: Date;
  expiresAt: Date;
  used: boolean;
}

export const EvaluationLinkEntity = new EntitySchema<EvaluationLinkRow>({
  name: 'EvaluationLink',
  tableName: 'evaluation_link',
  columns: {
    tokenHash: { name: 'token_hash', type: 'varchar', length: 64, primary: true },
    activityId: { name: 'activity_id', type: 'varchar', length: 36 },
    actionId: { name: 'action_id', type: 'varchar', length: 36 },
    activityTitle: { name: 'activity_title', type: 'varchar', length: 300 },
    respondentType: { name: 'respondent_type', type: 'varchar', length: 24 },
    openedAt: { name: 'opened_at', type: 'datetime', precision: 3 },
    expiresAt: { name: 'expires_at', type: 'datetime', precision: 3 },
    used: { type: 'boolean', default: false },
  },
  indices: [{ name: 'idx_evaluation_link_activity', columns: ['activityId', 'respondentType', 'used'] }],
});
