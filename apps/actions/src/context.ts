import type { ServiceConfig, ServiceDataSource, SubgraphContext } from '@mieux/service-kit';
import type { MonitoringClient } from './action/action.client';
import type { ActionRepository } from './action/action.repository';
import type { ActivityRepository } from './activity/activity.repository';
import type { DeploymentRepository } from './deployment/deployment.repository';
import type { ExpertClient } from './expert/expert.client';
import type { ExpertCardRepository } from './expert/expert.repository';
import type { InvitationRepository } from './invitation/invitation.repository';
import type { RequestClient } from './request/request.client';

/** What every resolver of the actions subgraph gets. */
export interface ServiceContext extends SubgraphContext {
  config: ServiceConfig;
  database: ServiceDataSource;
  actions: ActionRepository;
  activities: ActivityRepository;
  deployments: DeploymentRepository;
  invitations: InvitationRepository;
  requestClient: RequestClient;
  expertClient: ExpertClient;
  expertCards: ExpertCardRepository;
  monitoringClient: MonitoringClient;
}
