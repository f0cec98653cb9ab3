import { DateScalar, DateTimeScalar, EVENT_ENTITIES, JSONScalar, loadTypeDefs, mergeResolvers, type ServiceDefinition } from '@mieux/service-kit';
import { MonitoringClient } from './action/action.client';
import { ACTION_REFERENCES, ActionEntity, ActionPartnerEntity, ActionThematicAreaEntity, ActionTransitionEntity } from './action/action.entity';
import { ActionRepository } from './action/action.repository';
import { actionResolvers } from './action/action.resolvers';
import { ActivityChangeEntity, ActivityDraftEntity, ActivityEntity } from './activity/activity.entity';
import { ActivityRepository } from './activity/activity.repository';
import { activityResolvers } from './activity/activity.resolvers';
import type { ServiceContext } from './context';
import { seedDemo } from './demo/seed-demo';
import { DeploymentEntity, EXPERT_LOCKS } from './deployment/deployment.entity';
import { DeploymentRepository } from './deployment/deployment.repository';
import { deploymentResolvers } from './deployment/deployment.resolvers';
import { ExpertClient } from './expert/expert.client';
import { expertCardsConsumer } from './expert/expert.consumer';
import { ExpertCardEntity } from './expert/expert.entity';
import { ExpertCardRepository } from './expert/expert.repository';
import { expertResolvers } from './expert/expert.resolvers';
import type { Resolvers } from './generated/resolvers-types';
import { InvitationEntity } from './invitation/invitation.entity';
import { InvitationRepository } from './invitation/invitation.repository';
import { invitationResolvers } from './invitation/invitation.resolvers';
import { invitationSweep } from './invitation/invitation.jobs';
import { CreateActions1764000000000 } from './migrations/1764000000000-create-actions';
import { ActionPartners1765100000000 } from './migrations/1765100000000-action-partners';
import { ActivityDrafts1765200000000 } from './migrations/1765200000000-activity-drafts';
import { ActionHistory1765300000000 } from './migrations/1765300000000-action-history';
import { CreateEventTables1765600000000 } from './migrations/1765600000000-create-event-tables';
import { ActivityChanges1765700000000 } from './migrations/1765700000000-activity-changes';
import { AssignedOfficers1766000000000 } from './migrations/1766000000000-assigned-officers';
import { ExpertCards1766100000000 } from './migrations/1766100000000-expert-cards';
import { RequestPartnerCopy1766200000000 } from './migrations/1766200000000-request-partner-copy';
import { ActivityWorkingLanguages1766250000000 } from './migrations/1766250000000-activity-working-languages';
import { Invitations1766400000000 } from './migrations/1766400000000-invitations';
import { RequestClient } from './request/request.client';
import { requestPartnersConsumer } from './request/request.consumer';
import { RequestPartnerCopyEntity } from './request/request.entity';
import { requestResolvers } from './request/request.resolvers';

/** The actions subgraph: Actions, activities, expert deployments. */
export const actionsService: ServiceDefinition<ServiceContext> = {
  service: 'actions',
  entities: [
    ActionEntity,
    ActionThematicAreaEntity,
    ActionPartnerEntity,
    ActionTransitionEntity,
    ACTION_REFERENCES.entity,
    ActivityEntity,
    ActivityDraftEntity,
    ActivityChangeEntity,
    DeploymentEntity,
    InvitationEntity,
    EXPERT_LOCKS.entity,
    ExpertCardEntity,
    RequestPartnerCopyEntity,
    ...EVENT_ENTITIES,
  ],
  migrations: [
    CreateActions1764000000000,
    ActionPartners1765100000000,
    ActivityDrafts1765200000000,
    ActionHistory1765300000000,
    CreateEventTables1765600000000,
    ActivityChanges1765700000000,
    AssignedOfficers1766000000000,
    ExpertCards1766100000000,
    RequestPartnerCopy1766200000000,
    ActivityWorkingLanguages1766250000000,
    Invitations1766400000000,
  ],
  consumers: () => [expertCardsConsumer, requestPartnersConsumer],
  jobs: invitationSweep,
  module: ({ config, database }) => {
    const { dataSource } = database;
    const parts = {
      config,
      database,
      actions: new ActionRepository(dataSource),
      activities: new ActivityRepository(dataSource),
      deployments: new DeploymentRepository(dataSource),
      invitations: new InvitationRepository(dataSource),
      requestClient: new RequestClient(config),
      expertClient: new ExpertClient(config),
      expertCards: new ExpertCardRepository(dataSource),
      monitoringClient: new MonitoringClient(config),
    };
    return {
      typeDefs: loadTypeDefs(__dirname),
      resolvers: mergeResolvers<Resolvers>(
        { Date: DateScalar, DateTime: DateTimeScalar, JSON: JSONScalar },
        actionResolvers,
        activityResolvers,
        deploymentResolvers,
        invitationResolvers,
        requestResolvers,
        expertResolvers,
      ),
      context: (base) => ({ ...base, ...parts }),
    };
  },
  seedDemo,
};
