import type { EventConsumerDefinition } from '@mieux/service-kit';
import { ActivityCopyEntity, DeploymentCopyEntity } from './activity.entity';

/**
 * The activities' dates and statuses and who is booked on them, kept from the actions service's
 * events: what the roster needs to check, in its own database, that no expert without consent stays
 * booked on an activity not yet begun.
 */
export const activitiesConsumer: EventConsumerDefinition = {
  name: 'experts-activities',
  producer: 'actions',
  handlers: {
    ActivityPlanned: async ({ payload: { activityId, actionId, startsOn, endsOn, status } }, manager) =>
      void (await manager.save(ActivityCopyEntity, { activityId, actionId, startsOn, endsOn, status })),
    ActivityRescheduled: async ({ payload: { activityId, startsOn, endsOn } }, manager) =>
      void (await manager.update(ActivityCopyEntity, { activityId }, { startsOn, endsOn })),
    ActivityStatusChanged: async ({ payload: { activityId, to } }, manager) => void (await manager.update(ActivityCopyEntity, { activityId }, { status: to })),
    ExpertDeployed: async ({ payload: { deploymentId, activityId, expertId } }, manager) =>
      void (await manager.save(DeploymentCopyEntity, { deploymentId, activityId, expertId, active: true })),
    DeploymentCancelled: async ({ payload }, manager) =>
      void (await manager.update(DeploymentCopyEntity, { deploymentId: payload.deploymentId }, { active: false })),
    DeploymentEnded: async ({ payload }, manager) =>
      void (await manager.update(DeploymentCopyEntity, { deploymentId: payload.deploymentId }, { active: false })),
  },
  reset: async (manager) => {
    for (const entity of [DeploymentCopyEntity, ActivityCopyEntity]) await manager.createQueryBuilder().delete().from(entity).execute();
  },
};
