import { DateScalar, DateTimeScalar, loadTypeDefs, mergeResolvers, type ServiceDefinition } from '@mieux/service-kit';
import type { ServiceContext } from './context';
import { seedDemo } from './demo/seed-demo';
import { EvaluationEntity } from './evaluation/evaluation.entity';
import { EvaluationRepository } from './evaluation/evaluation.repository';
import { Facts } from './facts/facts';
import type { Resolvers } from './generated/resolvers-types';
import { CreateMonitoring1764000000000 } from './migrations/1764000000000-create-monitoring';
import { monitoringResolvers } from './monitoring.resolvers';
import { ACTIVITY_LOCKS, ParticipationEntity } from './participation/participation.entity';
import { ParticipationRepository } from './participation/participation.repository';
import { portfolioResolvers } from './portfolio/portfolio.resolvers';
import { FinalEvaluationEntity, IndicatorEntity, ResultEntity } from './result/result.entity';
import { ResultRepository } from './result/result.repository';

/** The monitoring subgraph: participation, evaluations, results, indicators, and the portfolio's figures. */
export const monitoringService: ServiceDefinition<ServiceContext> = {
  service: 'monitoring',
  entities: [ParticipationEntity, ACTIVITY_LOCKS.entity, EvaluationEntity, ResultEntity, IndicatorEntity, FinalEvaluationEntity],
  migrations: [CreateMonitoring1764000000000],
  module: ({ config, database }) => {
    const { dataSource } = database;
    const parts = {
      config,
      database,
      participation: new ParticipationRepository(dataSource),
      evaluations: new EvaluationRepository(dataSource),
      results: new ResultRepository(dataSource),
      facts: new Facts(config),
    };
    return {
      typeDefs: loadTypeDefs(__dirname),
      resolvers: mergeResolvers<Resolvers>({ Date: DateScalar, DateTime: DateTimeScalar } as Resolvers, monitoringResolvers, portfolioResolvers),
      context: (base) => ({ ...base, ...parts }),
    };
  },
  seedDemo,
};
