// First: traces need HTTP, fetch, GraphQL and mysql2 instrumented before anything loads them.
import '@mieux/service-kit/telemetry';
import { fail, runProcess } from '@mieux/service-kit/process';
import { startTracing, stopTracing } from '@mieux/service-kit/tracing';
import { createGatewayServer } from './gateway-server';

void runProcess('gateway', async ({ config, logger }) => {
  // Apollo Gateway traces its own work (gateway.request, .plan, .execute, .fetch) once a provider is registered.
  startTracing(config);
  const server = await createGatewayServer(config, logger).catch((error: Error) => fail(`gateway: cannot start: ${error.message}`));
  const port = await server.listen(config.port).catch((error: Error) => fail(`gateway: cannot listen on port ${config.port}: ${error.message}`));
  logger.info({ port }, `MIEUX graph ready at http://localhost:${port}/graphql`);
  return { stop: () => server.stop().then(stopTracing) };
});
