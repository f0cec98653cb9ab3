import type { ServiceConfig, SubgraphName } from '../config';
import { openServiceDatabase, withMigrationLock, type DataSourceOptions, type ServiceDataSource } from '../database/data-source';
import { loadDemoOnce } from '../database/demo-seed';
import type { Logger } from '../logger';
import type { EventConsumerDefinition } from '../events/consumer';
import { openEventBus, type EventBus } from '../events/bus';
import { fail, runProcess } from './process';
import type { WorkerPart } from './run-worker';
import { startTracing, stopTracing } from '../telemetry/tracing';
import { createSubgraphServer, type SubgraphContext, type SubgraphModule } from './subgraph-server';

export interface ServiceDefinition<TContext extends SubgraphContext> {
  service: SubgraphName;
  entities: DataSourceOptions['entities'];
  migrations: DataSourceOptions['migrations'];
  /** Builds the service's module once its database is open. */
  module(deps: { config: ServiceConfig; logger: Logger; database: ServiceDataSource }): SubgraphModule<TContext>;
  /** What the service keeps of other services' events (its copies), each a durable consumer. */
  consumers?(deps: { config: ServiceConfig; logger: Logger; database: ServiceDataSource }): EventConsumerDefinition[];
  /** Work done once the database is open and migrated, before the service listens, so it is not ready before (a read model loading its facts). */
  prepare?(deps: { config: ServiceConfig; logger: Logger; database: ServiceDataSource }): Promise<void>;
  /** What the service does on its own besides answering (periodic jobs): started once it listens, stopped first. */
  jobs?(deps: { config: ServiceConfig; logger: Logger; database: ServiceDataSource }): WorkerPart[];
  /** Writes the service's part of the demo portfolio when its tables are empty (SEED_DEMO). */
  seedDemo?(deps: DemoSeedDeps): Promise<void>;
}

export interface DemoSeedDeps {
  database: ServiceDataSource;
  logger: Logger;
  scale: number;
  /** Reports progress; the start and seed commands draw it as a bar. */
  progress(done: number, total: number): void;
}

/**
 * The whole life of a subgraph process (see runProcess): database opened and migrated, the demo
 * portfolio loaded when asked, listening. With MIGRATE_ONLY it applies the migrations and exits.
 */
export function runService<TContext extends SubgraphContext>(definition: ServiceDefinition<TContext>): Promise<void> {
  return runProcess(definition.service, async ({ config, logger }) => {
    let database: ServiceDataSource;
    startTracing(config);
    try {
      database = await openServiceDatabase(config, definition, logger);
    } catch (error) {
      const where = config.databaseUrl ? new URL(config.databaseUrl).host : `${config.dataDir}/`;
      return fail(`${definition.service}: cannot open its database at ${where}: ${(error as Error).message}`);
    }
    const { seedDemo } = definition;
    if (config.seedDemo && seedDemo) {
      try {
        await withMigrationLock(config, logger, () =>
          loadDemoOnce(database.dataSource, logger, config.demoScale, {
            migrate: async () => void (await database.dataSource.runMigrations({ transaction: 'each' })),
            load: () =>
              seedDemo({
                database,
                logger,
                scale: config.demoScale,
                progress: (done, total) => logger.info({ progress: { done, total } }, 'loading the demo portfolio'),
              }),
          }),
        );
      } catch (error) {
        return fail(`${definition.service}: cannot load the demo portfolio: ${(error as Error).message}`);
      }
    }
    if (config.migrateOnly) {
      logger.info('database ready; exiting (MIGRATE_ONLY)');
      await database.dataSource.destroy();
      return null;
    }
    try {
      await definition.prepare?.({ config, logger, database });
    } catch (error) {
      return fail(`${definition.service}: cannot prepare: ${(error as Error).message}`);
    }
    let events: EventBus;
    try {
      events = await openEventBus({
        config,
        logger,
        dataSource: database.dataSource,
        registry: database.queries.registry,
        consumers: definition.consumers?.({ config, logger, database }) ?? [],
      });
    } catch (error) {
      return fail(
        `${definition.service}: cannot open its events${config.events.natsUrl ? ` (NATS at ${config.events.natsUrl})` : ''}: ${(error as Error).message}`,
      );
    }
    const server = await createSubgraphServer({ config, logger, database, module: definition.module({ config, logger, database }), events });
    const port = await server
      .listen(config.port)
      .catch((error: Error) => fail(`${definition.service}: cannot listen on port ${config.port}: ${error.message}`));
    events.start();
    const jobs = definition.jobs?.({ config, logger, database }) ?? [];
    for (const job of jobs) job.start();
    logger.info({ port, database: database.kind, events: events.transport.kind }, `${definition.service} subgraph ready at http://localhost:${port}/graphql`);
    return {
      stop: () =>
        Promise.all(jobs.map((job) => job.stop()))
          .then(() => events.stop())
          .then(() => server.stop())
          .then(stopTracing),
    };
  });
}
