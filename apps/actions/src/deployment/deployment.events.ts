import { publish } from '@mieux/service-kit';
import type { EntityManager } from 'typeorm';
import { dateString } from '../action/action.repository';
import type { DeploymentRow } from './deployment.entity';

const factsOf = (row: DeploymentRow) => ({ deploymentId: row.id, activityId: row.activityId, expertId: row.expertId });

/** An expert booked on an activity's dates, in the transaction of the booking. */
export function publishExpertDeployed(manager: EntityManager, row: DeploymentRow): Promise<unknown> {
  return publish(manager, 'ExpertDeployed', row.id, { ...factsOf(row), role: row.role, startsOn: dateString(row.startsOn), endsOn: dateString(row.endsOn) });
}

/** A deployment cancelled on its own, or released with its cancelled activity. */
export function publishDeploymentCancelled(manager: EntityManager, row: DeploymentRow, reason: 'CANCELLED' | 'ACTIVITY_CANCELLED'): Promise<unknown> {
  return publish(manager, 'DeploymentCancelled', row.id, { ...factsOf(row), reason });
}

/** A deployment not yet begun, ended because its expert left the roster. */
export function publishDeploymentEnded(manager: EntityManager, row: DeploymentRow): Promise<unknown> {
  return publish(manager, 'DeploymentEnded', row.id, factsOf(row));
}
