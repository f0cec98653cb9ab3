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
  },
});

/** One row per expert ever booked: bookings of one expert take turns on its row lock. */
export const ExpertLockEntity = new EntitySchema<{ expertId: string; bookings: number }>({
  name: 'ExpertLock',
  tableName: 'expert_lock',
  columns: {
    expertId: { name: 'expert_id', type: 'varchar', length: 36, primary: true },
    bookings: { type: 'int' },
  },
});
