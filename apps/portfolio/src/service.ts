import { DateScalar, EVENT_ENTITIES, loadTypeDefs, mergeResolvers, type ServiceDataSource, type ServiceDefinition } from '@mieux/service-kit';
import type { ServiceContext } from './context';
import type { Resolvers } from './generated/resolvers-types';
import { CreateEventTables1766000000000 } from './migrations/1766000000000-create-event-tables';
import { CreateFacts1766000000001 } from './migrations/1766000000001-create-facts';
import { FollowUpFacts1766000000002 } from './migrations/1766000000002-follow-up-facts';
import { InvitationFacts1766000000003 } from './migrations/1766000000003-invitation-facts';
import { portfolioConsumers } from './portfolio/portfolio.consumer';
import { FACT_ENTITIES } from './portfolio/portfolio.entity';
import { PortfolioReadModel } from './portfolio/portfolio.figures';
import { FactsRepository } from './portfolio/portfolio.repository';
import { portfolioResolvers } from './portfolio/portfolio.resolvers';

/** One read model per database opened (one in a process; tests open several). */
const models = new WeakMap<ServiceDataSource, PortfolioReadModel>();
const modelOf = (database: ServiceDataSource) => models.get(database) ?? models.set(database, new PortfolioReadModel()).get(database)!;

/**
 * The portfolio subgraph: a read model of the portfolio figures, fed by the events of the requests,
 * actions, experts and monitoring services (docs/portfolio-read-model.md). It has no commands.
 */
export const portfolioService: ServiceDefinition<ServiceContext> = {
  service: 'portfolio',
  entities: [...Object.values(FACT_ENTITIES), ...EVENT_ENTITIES],
  migrations: [CreateEventTables1766000000000, CreateFacts1766000000001, FollowUpFacts1766000000002, InvitationFacts1766000000003],
  // The facts kept are loaded before the replica listens: it is not ready with partial figures.
  prepare: async ({ database, logger }) => {
    const facts = await new FactsRepository(database.dataSource).load();
    modelOf(database).load(facts);
    logger.info({ facts: facts.length }, 'portfolio facts loaded');
  },
  consumers: ({ database }) => portfolioConsumers(modelOf(database), new FactsRepository(database.dataSource)),
  module: ({ config, database }) => ({
    typeDefs: loadTypeDefs(__dirname),
    resolvers: mergeResolvers<Resolvers>({ Date: DateScalar }, portfolioResolvers),
    context: (base) => ({ ...base, config, database, readModel: modelOf(database) }),
    // Not ready before it has caught up with every producer once: a fresh replica never answers partial figures.
    ready: async (events) =>
      modelOf(database).caughtUp(async () => (await Promise.all((events?.consumers ?? []).map((c) => c.lag()))).every((lag) => lag === 0)),
  }),
};
