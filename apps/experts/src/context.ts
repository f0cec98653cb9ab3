import type { ServiceConfig, ServiceDataSource, SubgraphContext } from '@mieux/service-kit';
import type { ActivityCopyRepository } from './activity/activity.repository';
import type { DeploymentClient } from './expert/expert.client';
import type { ExpertRepository } from './expert/expert.repository';
import type { MatchingIndex } from './matching/matching.index';

/** What every resolver of the experts subgraph gets. */
export interface ServiceContext extends SubgraphContext {
  config: ServiceConfig;
  database: ServiceDataSource;
  experts: ExpertRepository;
  deploymentClient: DeploymentClient;
  activityCopies: ActivityCopyRepository;
  matchingIndex: MatchingIndex;
}
