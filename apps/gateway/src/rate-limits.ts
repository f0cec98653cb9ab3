import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, OperationTypeNode } from 'graphql';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { ServiceConfig } from '@mieux/service-kit/config';
import type { Logger } from '@mieux/service-kit/logger';
import type { GatewayContext } from './gateway-context';

type LimitSettings = Pick<ServiceConfig, 'redisUrl' | 'rateLimitAnonymousPerMinute' | 'rateLimitMutationsPerMinute'>;

export interface RateLimits {
  plugin: ApolloServerPlugin<GatewayContext>;
  close(): Promise<void>;
}

/**
 * Rate limits per client, so nobody can buy the graph's time for everyone else: anonymous calls
 * per client address, and mutations per signed-in caller (or address). Counters live in Redis when
 * REDIS_URL is set, shared by every gateway replica, and in memory otherwise; when Redis is away,
 * each replica falls back to its own memory rather than refusing everyone.
 * A client over its limit gets HTTP 429, the code RATE_LIMITED and `Retry-After` in seconds.
 */
export async function createRateLimits(settings: LimitSettings, logger: Logger): Promise<RateLimits> {
  const redis = settings.redisUrl ? new Redis(settings.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: true }) : null;
  let warned = false;
  redis?.on('error', (error: Error) => {
    // One line per outage, not one per reconnection attempt.
    if (!warned) logger.warn({ err: { message: error.message } }, 'rate limits: Redis unavailable, counting in memory');
    warned = true;
  });
  redis?.on('ready', () => (warned = false));
  // Counting starts in Redis when it answers at start; until it does, each replica counts in memory.
  await redis?.connect().catch(() => undefined);
  const limiter = (name: string, points: number): RateLimiterAbstract => {
    const options = { keyPrefix: `mieux-gateway-${name}`, points, duration: 60 };
    return redis ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) }) : new RateLimiterMemory(options);
  };
  const anonymous = limiter('anonymous', settings.rateLimitAnonymousPerMinute);
  const mutations = limiter('mutations', settings.rateLimitMutationsPerMinute);

  const consume = async (which: RateLimiterAbstract, key: string, what: string) => {
    try {
      await which.consume(key);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw new GraphQLError(`Too many ${what}: at most ${which.points} a minute. Try again in ${retryAfter} s.`, {
        extensions: { code: 'RATE_LIMITED', retryAfter, http: { status: 429, headers: new Map([['retry-after', String(retryAfter)]]) } },
      });
    }
  };

  return {
    plugin: {
      async requestDidStart() {
        return {
          async didResolveOperation({ contextValue, operation }) {
            const { identity, clientAddress } = contextValue;
            if (!identity.sub) await consume(anonymous, clientAddress, 'calls without signing in from this address');
            if (operation?.operation === OperationTypeNode.MUTATION) await consume(mutations, identity.sub ?? clientAddress, 'changes');
          },
        };
      },
    },
    close: async () => {
      // quit() lets pending commands finish; disconnect() also stops reconnecting to a Redis that is away.
      if (redis?.status === 'ready') await redis.quit().catch(() => undefined);
      redis?.disconnect();
    },
  };
}
