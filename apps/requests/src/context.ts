import type { ServiceConfig, ServiceDataSource, SubgraphContext } from '@mieux/service-kit';
import type { OfficerRepository } from './officer/officer.repository';
import type { PartnerRepository } from './partner/partner.repository';
import type { PortfolioRepository } from './portfolio/portfolio.repository';
import type { RequestRepository } from './request/request.repository';

/** What every resolver of the requests subgraph gets. */
export interface ServiceContext extends SubgraphContext {
  config: ServiceConfig;
  database: ServiceDataSource;
  requests: RequestRepository;
  portfolio: PortfolioRepository;
  partners: PartnerRepository;
  officers: OfficerRepository;
}
