import type { ServiceConfig, ServiceDataSource, SubgraphContext } from '@mieux/service-kit';
import type { OfficerRepository } from './officer/officer.repository';
import type { PartnerRepository } from './partner/partner.repository';
import type { DecisionTimeRepository } from './decision-time/decision-time.repository';
import type { RequestRepository } from './request/request.repository';

/** What every resolver of the requests subgraph gets. */
export interface ServiceContext extends SubgraphContext {
  config: ServiceConfig;
  database: ServiceDataSource;
  requests: RequestRepository;
  decisionTimes: DecisionTimeRepository;
  partners: PartnerRepository;
  officers: OfficerRepository;
}
