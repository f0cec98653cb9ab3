import { ConfigError, loadConfig, type ServiceConfig, type SubgraphName } from '../config';
import { openServiceDatabase, type DataSourceOptions, type ServiceDataSource } from '../database/data-source';
import { createLogger, type Logger } from '../logger';
import { startTracing, stopTracing } from '../telemetry/tracing';
import { createSubgraphServer, type SubgraphContext, type SubgraphModule } from './subgraph-server';

export interface ServiceDefinition<TContext extends SubgraphContext> {
  service: SubgraphName;
  entities: DataSourceOptions['entities'];
  migrations: DataSourceOptions['migrations'];
  /** Builds the service's module once its database is open. */
  module(deps: { config: ServiceConfig; logger: Logger; database: ServiceDataSource }): SubgraphModule<TContext>;
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

/** Time allowed for calls in flight to finish after SIGTERM before the process exits anyway. */
const DRAIN_TIMEOUT_MS = 20_000;

/**
 * The whole life of a subgraph process: validated configuration (one clear line and exit 1 when
 * wrong), database opened and migrated, listening, and a graceful stop on SIGTERM or SIGINT.
 * With MIGRATE_ONLY it applies the migrations and exits.
 */
export async function runService<TContext extends SubgraphContext>(definition: ServiceDefinition<TContext>): Promise<void> {
  let config: ServiceConfig;
  try {
    config = loadConfig(definition.service);
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.message);
    throw error;
  }
  const logger = createLogger(definition.service, config.logLevel);
  startTracing(config);
  let database: ServiceDataSource;
  try {
    database = await openServiceDatabase(config, definition, logger);
  } catch (error) {
    const where = config.databaseUrl ? new URL(config.databaseUrl).host : `${config.dataDir}/`;
    return fail(`${definition.service}: cannot open its database at ${where}: ${(error as Error).message}`);
  }
  if (config.seedDemo && definition.seedDemo) {
    try {
      await definition.seedDemo({
        database,
        logger,
        scale: config.demoScale,
        progress: (done, total) => logger.info({ progress: { done, total } }, 'loading the demo portfolio'),
      });
    } catch (error) {
      return fail(`${definition.service}: cannot load the demo portfolio: ${(error as Error).message}`);
    }
  }
  if (config.migrateOnly) {
    logger.info('database ready; exiting (MIGRATE_ONLY)');
    await database.dataSource.destroy();
    return;
  }
  const server = await createSubgraphServer({ config, logger, database, module: definition.module({ config, logger, database }) });
  const port = await server.listen(config.port).catch((error: Error) => fail(`${definition.service}: cannot listen on port ${config.port}: ${error.message}`));
  logger.info({ port, database: database.kind }, `${definition.service} subgraph ready at http://localhost:${port}/graphql`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: finishing calls in flight');
    const force = setTimeout(() => process.exit(1), DRAIN_TIMEOUT_MS);
    force.unref();
    server.stop().then(stopTracing).then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'stop failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

/** Ends the process with one line for the operator, not a stack trace. */
export function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}
