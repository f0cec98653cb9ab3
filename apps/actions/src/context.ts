import type { ServiceConfig, ServiceDataSource, SubgraphContext } from '@mieux/service-kit';
import type { ActionRepository } from './action/action.repository';
import type { ActivityRepository } from './activity/activity.repository';
import type { DeploymentRepository } from './deployment/deployment.repository';
import type { Facts } from './facts/facts';
import type { PortfolioRepository } from './portfolio/portfolio.repository';

/** What every resolver of the actions subgraph gets. */
export interface ServiceContext extends SubgraphContext {
  config: ServiceConfig;
  database: ServiceDataSource;
  actions: ActionRepository;
  activities: ActivityRepository;
  deployments: DeploymentRepository;
  portfolio: PortfolioRepository;
  facts: Facts;
}
