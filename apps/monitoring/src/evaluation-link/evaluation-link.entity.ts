import { EntitySchema } from 'typeorm';

/**
 * A single-use link to the questionnaire, issued when an officer opens an activity's evaluation.
 * Stored by the hash of its token only; it says whom it is for (a respondent type), never which person
 * used it, and the answer it took keeps no trace of it. A partner authority's link keeps the
 * institution that answered through it (signed in as the institution), which answers once per activity.
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
  /** The partner institution that answered through it; null for a participant's link and while unused. */
  answeredBy: string | null;
  answeredAt: Date | null;
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
    answeredBy: { name: 'answered_by', type: 'varchar', length: 64, nullable: true },
    answeredAt: { name: 'answered_at', type: 'datetime', precision: 3, nullable: true },
  },
  indices: [
    { name: 'idx_evaluation_link_activity', columns: ['activityId', 'respondentType', 'used'] },
    { name: 'uq_evaluation_link_answered_by', columns: ['activityId', 'answeredBy'], unique: true },
    { name: 'idx_evaluation_link_action', columns: ['actionId', 'respondentType'] },
  ],
});
