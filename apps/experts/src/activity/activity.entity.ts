import { EntitySchema } from 'typeorm';

/** An activity's dates and status, as the actions service's events told them. */
export interface ActivityCopyRow {
  activityId: string;
  actionId: string;
  startsOn: string;
  endsOn: string;
  status: string;
}

/** Which expert is booked on which activity, as the actions service's events told it; `active` until cancelled or ended. */
export interface DeploymentCopyRow {
  deploymentId: string;
  activityId: string;
  expertId: string;
  active: boolean;
}

export const ActivityCopyEntity = new EntitySchema<ActivityCopyRow>({
  name: 'ActivityCopy',
  tableName: 'activity_copy',
  columns: {
    activityId: { name: 'activity_id', type: 'varchar', length: 64, primary: true },
    actionId: { name: 'action_id', type: 'varchar', length: 64 },
    startsOn: { name: 'starts_on', type: 'varchar', length: 10 },
    endsOn: { name: 'ends_on', type: 'varchar', length: 10 },
    status: { type: 'varchar', length: 16 },
  },
});

export const DeploymentCopyEntity = new EntitySchema<DeploymentCopyRow>({
  name: 'DeploymentCopy',
  tableName: 'deployment_copy',
  columns: {
    deploymentId: { name: 'deployment_id', type: 'varchar', length: 64, primary: true },
    activityId: { name: 'activity_id', type: 'varchar', length: 64 },
    expertId: { name: 'expert_id', type: 'varchar', length: 64 },
    active: { type: 'boolean' },
  },
});

export const COPY_ENTITIES = [ActivityCopyEntity, DeploymentCopyEntity];
