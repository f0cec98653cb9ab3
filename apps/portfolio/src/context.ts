import type { ServiceConfig, ServiceDataSource, SubgraphContext } from '@mieux/service-kit';
import type { PortfolioReadModel } from './portfolio/portfolio.figures';

/** What every resolver of the portfolio subgraph gets. */
export interface ServiceContext extends SubgraphContext {
  config: ServiceConfig;
  database: ServiceDataSource;
  readModel: PortfolioReadModel;
}
