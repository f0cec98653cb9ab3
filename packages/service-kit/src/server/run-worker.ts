import { createServer } from 'node:http';
import type { ServiceConfig, WorkerName } from '../config';
import { openServiceDatabase, type DataSourceOptions, type ServiceDataSource } from '../database/data-source';
import { openEventBus, type EventBus } from '../events/bus';
import type { ConsumerOptions, EventConsumerDefinition } from '../events/consumer';
import type { Logger } from '../logger';
import { ServiceMetrics } from '../metrics';
import { startTracing, stopTracing } from '../telemetry/tracing';
import { closeServer, createGraphQLHandler, HttpRejection, listenOn } from './http-handler';
import { fail, runProcess } from './process';

/** What a process runs besides its calls and consumers (a worker's mail sender, a service's periodic job): started with them, stopped before them. */
export interface WorkerPart {
  start(): void;
  stop(): Promise<void>;
}

/** A deployable that is no subgraph: it consumes the graph's events into its own database (the notifier). */
export interface WorkerDefinition {
  service: WorkerName;
  entities: DataSourceOptions['entities'];
  migrations: DataSourceOptions['migrations'];
  /** Its durable consumers, built once its database is open; `parts` are started beside them. */
  open(deps: { config: ServiceConfig; logger: Logger; database: ServiceDataSource }): { consumers: EventConsumerDefinition[]; parts?: WorkerPart[] };
  /** How its consumers take events (e.g. more attempts before parking one). */
  consumerOptions?: Partial<ConsumerOptions>;
}

/** A started worker: its events, and the port of its probes (`/health`, `/ready`, `/metrics`). */
export interface Worker {
  events: EventBus;
  port: number;
  stop(): Promise<void>;
}

/**
 * Opens a worker on its configuration: its database migrated, its consumers on the transport the
 * configuration names (NATS JetStream, or the producers' outboxes), and an HTTP server answering only
 * `/health`, `/ready` (database, and the consumers' lag and parked events) and `/metrics`.
 */
export async function startWorker(definition: WorkerDefinition, config: ServiceConfig, logger: Logger, database: ServiceDataSource): Promise<Worker> {
  const { consumers, parts = [] } = definition.open({ config, logger, database });
  const metrics = new ServiceMetrics(config.service, database.queries.registry);
  const events = await openEventBus({
    config,
    logger,
    dataSource: database.dataSource,
    registry: metrics.registry,
    consumers,
    consumerOptions: definition.consumerOptions,
  });
  const handler = createGraphQLHandler({
    service: config.service,
    logger,
    metrics,
    ready: async () => {
      await database.dataSource.query('SELECT 1');
      return true;
    },
    readyDetails: () => events.details(),
    context: () => Promise.reject(new HttpRejection(404, `${config.service} answers no GraphQL`)),
  });
  const http = createServer((req, res) => void handler(req, res));
  const port = await listenOn(http, config.port, config.host);
  for (const part of parts) part.start();
  events.start();
  return {
    events,
    port,
    stop: async () => {
      await events.stop();
      for (const part of parts) await part.stop();
      await closeServer(http);
      if (database.dataSource.isInitialized) await database.dataSource.destroy();
    },
  };
}

/** The whole life of a worker process (see runProcess); with MIGRATE_ONLY it applies the migrations and exits. */
export function runWorker(definition: WorkerDefinition): Promise<void> {
  return runProcess(definition.service, async ({ config, logger }) => {
    startTracing(config);
    let database: ServiceDataSource;
    try {
      database = await openServiceDatabase(config, definition, logger);
    } catch (error) {
      const where = config.databaseUrl ? new URL(config.databaseUrl).host : `${config.dataDir}/`;
      return fail(`${definition.service}: cannot open its database at ${where}: ${(error as Error).message}`);
    }
    if (config.migrateOnly) {
      logger.info('database ready; exiting (MIGRATE_ONLY)');
      await database.dataSource.destroy();
      return null;
    }
    const worker = await startWorker(definition, config, logger, database).catch((error: Error) =>
      fail(`${definition.service}: cannot start${config.events.natsUrl ? ` (NATS at ${config.events.natsUrl})` : ''}: ${error.message}`),
    );
    logger.info({ port: worker.port, database: database.kind, events: worker.events.transport.kind }, `${definition.service} ready`);
    return { stop: () => worker.stop().then(stopTracing) };
  });
}
