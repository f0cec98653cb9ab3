import type { ServiceConfig, ServiceDataSource, SubgraphContext } from '@mieux/service-kit';
import type { EvaluationRepository } from './evaluation/evaluation.repository';
import type { Facts } from './facts/facts';
import type { ParticipationRepository } from './participation/participation.repository';
import type { ResultRepository } from './result/result.repository';

/** What every resolver of the monitoring subgraph gets. */
export interface ServiceContext extends SubgraphContext {
  config: ServiceConfig;
  database: ServiceDataSource;
  participation: ParticipationRepository;
  evaluations: EvaluationRepository;
  results: ResultRepository;
  facts: Facts;
}
