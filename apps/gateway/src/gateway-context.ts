import type { Identity } from '@mieux/service-kit/identity';
import type { Logger } from '@mieux/service-kit/logger';

/** What the gateway knows of each call: who, and the id that ties its log lines together. */
export interface GatewayContext {
  identity: Identity;
  requestId: string;
  logger: Logger;
  /** The client's address (the first X-Forwarded-For hop when TRUST_PROXY is set), for rate limits. */
  clientAddress: string;
}
