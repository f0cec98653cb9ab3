import { EntitySchema } from 'typeorm';

/**
 * The public card of a roster expert, as the experts service's events told it (ExpertAccepted,
 * ExpertCardChanged); an erasure removes it. Served with `@provides` on `Deployment.expert`.
 */
export interface ExpertCardRow {
  expertId: string;
  displayName: string;
  status: string;
  employerType: string;
  publicOfficial: boolean;
  nationality: string;
  memberState: string | null;
  /** When the event that wrote it happened. */
  changedAt: Date;
}

export const ExpertCardEntity = new EntitySchema<ExpertCardRow>({
  name: 'ExpertCard',
  tableName: 'expert_card',
  columns: {
    expertId: { name: 'expert_id', type: 'varchar', length: 64, primary: true },
    displayName: { name: 'display_name', type: 'varchar', length: 200 },
    status: { type: 'varchar', length: 16 },
    employerType: { name: 'employer_type', type: 'varchar', length: 40 },
    publicOfficial: { name: 'public_official', type: 'boolean' },
    nationality: { type: 'varchar', length: 2 },
    memberState: { name: 'member_state', type: 'varchar', length: 2, nullable: true },
    changedAt: { name: 'changed_at', type: 'datetime', precision: 3 },
  },
});
