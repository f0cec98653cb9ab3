import type { EventConsumerDefinition } from '@mieux/service-kit';
import type { MatchingIndex } from '../matching/matching.index';
import { ActivityCopyEntity, DeploymentCopyEntity } from './activity.entity';

/**
 * The activities' dates and statuses and who is booked on them, kept from the actions service's
 * events: what the roster needs to check, in its own database, that no expert without consent stays
 * booked on an activity not yet begun, and what matching counts for rotation (the matching index
 * takes each change as it is written).
 */
export function activitiesConsumer(index: MatchingIndex): EventConsumerDefinition {
  return {
    name: 'experts-activities',
    producer: 'actions',
    handlers: {
      ActivityPlanned: async ({ payload: { activityId, actionId, startsOn, endsOn, status } }, manager) => {
        await manager.save(ActivityCopyEntity, { activityId, actionId, startsOn, endsOn, status });
        index.planned({ activityId, startsOn, status });
      },
      ActivityRescheduled: async ({ payload: { activityId, startsOn, endsOn } }, manager) => {
        await manager.update(ActivityCopyEntity, { activityId }, { startsOn, endsOn });
        index.activityChanged(activityId, { startsOn });
      },
      ActivityStatusChanged: async ({ payload: { activityId, to } }, manager) => {
        await manager.update(ActivityCopyEntity, { activityId }, { status: to });
        index.activityChanged(activityId, { status: to });
      },
      ExpertDeployed: async ({ payload: { deploymentId, activityId, expertId } }, manager) => {
        await manager.save(DeploymentCopyEntity, { deploymentId, activityId, expertId, active: true });
        index.putDeployment({ deploymentId, activityId, expertId, active: true });
      },
      DeploymentCancelled: async ({ payload }, manager) => {
        await manager.update(DeploymentCopyEntity, { deploymentId: payload.deploymentId }, { active: false });
        index.deploymentEnded(payload.deploymentId);
      },
      DeploymentEnded: async ({ payload }, manager) => {
        await manager.update(DeploymentCopyEntity, { deploymentId: payload.deploymentId }, { active: false });
        index.deploymentEnded(payload.deploymentId);
      },
    },
    reset: async (manager) => {
      for (const entity of [DeploymentCopyEntity, ActivityCopyEntity]) await manager.createQueryBuilder().delete().from(entity).execute();
      index.forgetCopies();
    },
  };
}
