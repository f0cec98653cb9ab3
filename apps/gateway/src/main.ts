// First: traces need HTTP, fetch, GraphQL and mysql2 instrumented before anything loads them.
import '@mieux/service-kit/telemetry';
import { ConfigError, createLogger, fail, loadConfig, startTracing, stopTracing } from '@mieux/service-kit';
import { createGatewayServer } from './gateway-server';

/** Time allowed for calls in flight to finish after SIGTERM. */
const DRAIN_TIMEOUT_MS = 20_000;

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig('gateway');
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  const logger = createLogger('gateway', config.logLevel);
  // Apollo Gateway traces its own work (gateway.request, .plan, .execute, .fetch) once a provider is registered.
  startTracing(config);
  const server = await createGatewayServer(config, logger).catch((error: Error) => fail(`gateway: cannot start: ${error.message}`));
  const port = await server.listen(config.port).catch((error: Error) => fail(`gateway: cannot listen on port ${config.port}: ${error.message}`));
  logger.info({ port }, `MIEUX graph ready at http://localhost:${port}/graphql`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: finishing calls in flight');
    setTimeout(() => process.exit(1), DRAIN_TIMEOUT_MS).unref();
    server.stop().then(stopTracing).then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

void main();
