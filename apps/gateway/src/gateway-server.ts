import { createServer, type IncomingMessage, type Server } from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ServiceConfig, SubgraphName } from '@mieux/service-kit/config';
import { logUnexpectedErrors, maskError } from '@mieux/service-kit/errors';
import { closeServer, createGraphQLHandler, listenOn } from '@mieux/service-kit/http';
import { callerId } from '@mieux/service-kit/identity';
import type { Logger } from '@mieux/service-kit/logger';
import { SUPERGRAPH_FILE } from '@mieux/supergraph';
import { createAuthenticator } from './authenticate';
import { createRateLimits } from './rate-limits';
import type { GatewayContext } from './gateway-context';
import { legacyJsonStatus } from './http-status';
import { createSubgraphAgent, SubgraphSource } from './subgraph-source';
import { supergraphFromFile } from './supergraph-file';

export interface GatewayServer {
  apollo: ApolloServer<GatewayContext>;
  http: Server;
  listen(port: number): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Limits that let the analyst queries of the README through and refuse abusive documents with a
 * clear message: depth, aliases, directives, tokens and a static cost.
 */
export const QUERY_LIMITS = {
  maxDepth: { n: 12 },
  maxAliases: { n: 15 },
  maxDirectives: { n: 20 },
  costLimit: { maxCost: 20000 },
  // Counted by graphql-js's own parser (parseOptions below): armor's token plugin turns syntax errors into 500s.
  maxTokens: { enabled: false },
};

/** Documents longer than this are refused while parsing, before any work is done on them. */
export const MAX_TOKENS = 2000;

/** The gateway: supergraph from a file (hot reload), signed identity to subgraphs, limits, masking. */
export async function createGatewayServer(config: ServiceConfig, logger: Logger): Promise<GatewayServer> {
  const agent = createSubgraphAgent();
  /** Where each subgraph of the current supergraph is called: <SERVICE>_URL over the routing URL. */
  const subgraphUrls = new Map<string, string>();
  const gateway = new ApolloGateway({
    supergraphSdl: supergraphFromFile(config.supergraphPath ?? SUPERGRAPH_FILE, logger),
    buildService: ({ name, url }) => {
      const target = config.subgraphUrls[name as SubgraphName] ?? url ?? '';
      subgraphUrls.set(name, target);
      return new SubgraphSource({ name, url: target, secret: config.subgraphSecret, timeoutMs: config.subgraphTimeoutMs, agent });
    },
    logger,
  });
  const limits = await createRateLimits(config, logger);
  const armor = new ApolloArmor({ ...QUERY_LIMITS, blockFieldSuggestion: { enabled: config.production } }).protect();
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !config.production,
    // The process owns its signals: runService/main stop the server, then the database, in order.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    formatError: maskError,
    parseOptions: { maxTokens: MAX_TOKENS },
    validationRules: armor.validationRules,
    plugins: [
      ...armor.plugins,
      logUnexpectedErrors(),
      limits.plugin,
      ApolloServerPluginUsageReportingDisabled(),
      config.production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
    ],
  });
  await apollo.start();

  const authenticate = createAuthenticator(config);
  const handler = createGraphQLHandler<GatewayContext>({
    apollo,
    logger,
    adjustStatus: legacyJsonStatus,
    context: async (req, requestId, requestLogger) => {
      const identity = await authenticate(req.headers.authorization);
      return { identity, requestId, logger: requestLogger.child({ caller: callerId(identity) }), clientAddress: clientAddressOf(req, config.trustProxy) };
    },
    ready: () => subgraphsReady(subgraphUrls, config.subgraphTimeoutMs),
  });
  const http = createServer((req, res) => void handler(req, res));
  http.keepAliveTimeout = 65_000;
  return {
    apollo,
    http,
    listen: (port) => listenOn(http, port, config.host),
    stop: async () => {
      await closeServer(http);
      await apollo.stop();
      await agent.close();
      await limits.close();
    },
  };
}

/** Ready when every subgraph of the supergraph reports ready (its own database answers). */
async function subgraphsReady(urls: ReadonlyMap<string, string>, timeoutMs: number): Promise<boolean> {
  if (urls.size === 0) return false;
  const checks = [...urls.values()].map(async (graphqlUrl) => {
    const url = new URL(graphqlUrl);
    url.pathname = '/ready';
    return (await fetch(url, { signal: AbortSignal.timeout(timeoutMs) })).ok;
  });
  const results = await Promise.allSettled(checks);
  return results.every((r) => r.status === 'fulfilled' && r.value);
}

/** The client's address: the socket's peer, or the first X-Forwarded-For hop behind a trusted proxy. */
function clientAddressOf(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? req.headers['x-forwarded-for'] : undefined;
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  return first || req.socket.remoteAddress || 'unknown';
}
