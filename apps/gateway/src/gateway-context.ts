import type { Identity, Logger } from '@mieux/service-kit';

/** What the gateway knows of each call: who, and the id that ties its log lines together. */
export interface GatewayContext {
  identity: Identity;
  requestId: string;
  logger: Logger;
}
