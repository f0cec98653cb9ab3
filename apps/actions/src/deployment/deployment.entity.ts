import { IDEMPOTENCY_COLUMNS, namedLocks } from '@mieux/service-kit';
import { EntitySchema } from 'typeorm';

/** An expert on an activity; the activity's dates are copied so overlaps are one indexed query. */
export interface DeploymentRow {
  id: string;
  activityId: string;
  expertId: string;
  role: string;
  status: string;
  startsOn: string;
  endsOn: string;
  createdAt: Date;
  /** The invitation whose acceptance made it; null for a booking made directly or recorded after the fact. */
  invitationId?: string | null;
  /** Why it was recorded after its activity was held; null otherwise. */
  recordedReason?: string | null;
  idempotencyKey: string | null;
  payloadHash: string | null;
}

export const DeploymentEntity = new EntitySchema<DeploymentRow>({
  name: 'Deployment',
  tableName: 'deployment',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    activityId: { name: 'activity_id', type: 'varchar', length: 36 },
    expertId: { name: 'expert_id', type: 'varchar', length: 36 },
    role: { type: 'varchar', length: 16 },
    status: { type: 'varchar', length: 16 },
    startsOn: { name: 'starts_on', type: 'date' },
    endsOn: { name: 'ends_on', type: 'date' },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
    invitationId: { name: 'invitation_id', type: 'varchar', length: 36, nullable: true },
    recordedReason: { name: 'recorded_reason', type: 'varchar', length: 1000, nullable: true },
    ...IDEMPOTENCY_COLUMNS,
  },
});

/** One lock per expert: bookings of one expert take turns. */
export const EXPERT_LOCKS = namedLocks('ExpertLock', 'expert_lock');
