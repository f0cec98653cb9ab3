import { IDEMPOTENCY_COLUMNS } from '@mieux/service-kit';
import { EntitySchema } from 'typeorm';

export interface EvaluationRow {
  id: string;
  activityId: string;
  actionId: string;
  respondentType: string;
  rating: string;
  /** How relevant and how useful, when answered through the questionnaire; null when transcribed. */
  relevance: string | null;
  usefulness: string | null;
  comment: string | null;
  submittedAt: Date;
  submittedBy: string | null;
  idempotencyKey: string | null;
  payloadHash: string | null;
}

export const EvaluationEntity = new EntitySchema<EvaluationRow>({
  name: 'Evaluation',
  tableName: 'evaluation',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    activityId: { name: 'activity_id', type: 'varchar', length: 36 },
    actionId: { name: 'action_id', type: 'varchar', length: 36 },
    respondentType: { name: 'respondent_type', type: 'varchar', length: 24 },
    rating: { type: 'varchar', length: 16 },
    relevance: { type: 'varchar', length: 16, nullable: true },
    usefulness: { type: 'varchar', length: 16, nullable: true },
    comment: { type: 'text', nullable: true },
    submittedAt: { name: 'submitted_at', type: 'datetime', precision: 3 },
    submittedBy: { name: 'submitted_by', type: 'varchar', length: 254, nullable: true },
    ...IDEMPOTENCY_COLUMNS,
  },
});
