import { EntitySchema } from 'typeorm';

/** A project officer's appraisal of an expert deployed on a held activity: one per expert and activity, the latest kept. */
export interface AppraisalRow {
  activityId: string;
  expertId: string;
  actionId: string;
  rating: string;
  wouldDeployAgain: boolean;
  comment: string | null;
  appraisedAt: Date;
  /** The officer's opaque caller id. */
  appraisedBy: string;
}

export const AppraisalEntity = new EntitySchema<AppraisalRow>({
  name: 'ExpertAppraisal',
  tableName: 'expert_appraisal',
  columns: {
    activityId: { name: 'activity_id', type: 'varchar', length: 36, primary: true },
    expertId: { name: 'expert_id', type: 'varchar', length: 64, primary: true },
    actionId: { name: 'action_id', type: 'varchar', length: 36 },
    rating: { type: 'varchar', length: 16 },
    wouldDeployAgain: { name: 'would_deploy_again', type: 'boolean' },
    comment: { type: 'text', nullable: true },
    appraisedAt: { name: 'appraised_at', type: 'datetime', precision: 3 },
    appraisedBy: { name: 'appraised_by', type: 'varchar', length: 64 },
  },
  indices: [{ name: 'idx_expert_appraisal_expert', columns: ['expertId'] }],
});
