import { fail, runProcess } from '@mieux/service-kit/process';
import { createGatewayServer } from './gateway-server';

void runProcess('gateway', async ({ config, logger }) => {
  const server = await createGatewayServer(config, logger).catch((error: Error) => fail(`gateway: cannot start: ${error.message}`));
  const port = await server.listen(config.port).catch((error: Error) => fail(`gateway: cannot listen on port ${config.port}: ${error.message}`));
  logger.info({ port }, `MIEUX graph ready at http://localhost:${port}/graphql`);
  return server;
});
