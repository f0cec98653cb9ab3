import { createServer, type IncomingMessage, type Server } from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ServiceConfig, SubgraphName } from '@mieux/service-kit/config';
import { logUnexpectedErrors, maskError } from '@mieux/service-kit/errors';
import { closeServer, createGraphQLHandler, listenOn, type Readiness } from '@mieux/service-kit/http';
import { callerId } from '@mieux/service-kit/identity';
import type { Logger } from '@mieux/service-kit/logger';
import { operationNamePlugin, ServiceMetrics, SubgraphCallMetrics } from '@mieux/service-kit/metrics';
import { SUPERGRAPH_FILE } from '@mieux/supergraph';
import { createAuthenticator } from './authenticate';
import { developmentSecret, developmentTokenEndpoint } from './development-token';
import { exportEndpoints } from './exports/exports';
import { costBudgetPlugin } from './cost-budget';
import { createRateLimits } from './rate-limits';
import type { GatewayContext } from './gateway-context';
import { legacyJsonStatus } from './http-status';
import { GRAPHIQL_ASSETS, graphiqlLandingPage } from './landing-page';
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
 * clear message: depth, aliases, directives and tokens. The cost is a budget per role, computed with
 * each request's variables (cost-budget.ts), not armor's estimate of the document alone, which counts
 * `first: 100` but not `first: $n`.
 */
export const QUERY_LIMITS = {
  maxDepth: { n: 12 },
  maxAliases: { n: 15 },
  maxDirectives: { n: 20 },
  costLimit: { enabled: false },
  // Counted by graphql-js's own parser (parseOptions below): armor's token plugin turns syntax errors into 500s.
  maxTokens: { enabled: false },
};

/** Documents longer than this are refused while parsing, before any work is done on them. */
export const MAX_TOKENS = 2000;

/** The gateway: supergraph from a file (hot reload), signed identity to subgraphs, limits, masking. */
export async function createGatewayServer(config: ServiceConfig, logger: Logger): Promise<GatewayServer> {
  const agent = createSubgraphAgent();
  const metrics = new ServiceMetrics('gateway');
  const subgraphCalls = new SubgraphCallMetrics(metrics.registry);
  /** Where each subgraph of the current supergraph is called: <SERVICE>_URL over the routing URL. */
  const subgraphUrls = new Map<string, string>();
  // Apollo Gateway otherwise reports usage data to Apollo and, to describe the host, probes the cloud
  // providers' metadata addresses at start. The graph carries personal data and calls no third party.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const gateway = new ApolloGateway({
    supergraphSdl: supergraphFromFile(config.supergraphPath ?? SUPERGRAPH_FILE, logger),
    buildService: ({ name, url }) => {
      const target = config.subgraphUrls[name as SubgraphName] ?? url ?? '';
      subgraphUrls.set(name, target);
      return new SubgraphSource({ name, url: target, secret: config.subgraphSecret, timeoutMs: config.subgraphTimeoutMs, agent, metrics: subgraphCalls });
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
      operationNamePlugin(),
      limits.plugin,
      costBudgetPlugin(),
      ApolloServerPluginUsageReportingDisabled(),
      // No cache hints, no response cache: the policy would be computed for nobody.
      ApolloServerPluginCacheControlDisabled(),
      config.production ? ApolloServerPluginLandingPageDisabled() : graphiqlLandingPage(config),
    ],
  });
  await apollo.start();

  const authenticate = createAuthenticator(config);
  const handler = createGraphQLHandler<GatewayContext>({
    service: 'gateway',
    apollo,
    logger,
    adjustStatus: legacyJsonStatus,
    metrics,
    corsOrigins: config.corsOrigins,
    context: async (req, requestId, requestLogger) => {
      const identity = await authenticate(req.headers.authorization);
      return { identity, requestId, logger: requestLogger.child({ caller: callerId(identity) }), clientAddress: clientAddressOf(req, config.trustProxy) };
    },
    // The gateway can serve once its supergraph is loaded: a subgraph that is away costs its own fields
    // (partial results), not the gateway's place behind the load balancer.
    ready: async () => subgraphUrls.size > 0,
    endpoints: { '/health/subgraphs': () => subgraphHealth(subgraphUrls, config.subgraphTimeoutMs) },
    // Development tokens for the portal's role picker: never in production, never with a configured secret.
    postEndpoints: developmentSecret(config) ? { '/dev/token': developmentTokenEndpoint(developmentSecret(config)!) } : {},
    downloads: exportEndpoints(apollo),
    assets: config.production ? {} : GRAPHIQL_ASSETS,
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

export interface SubgraphHealth {
  /** `ok` when every subgraph is ready, `degraded` otherwise (the graph still answers, in part). */
  status: 'ok' | 'degraded';
  subgraphs: Record<string, { url: string; ready: boolean; reason?: string }>;
}

/** Each subgraph's `/ready`, asked now: what `/health/subgraphs` answers, for dashboards and operators. */
async function subgraphHealth(urls: ReadonlyMap<string, string>, timeoutMs: number): Promise<SubgraphHealth> {
  const entries = await Promise.all(
    [...urls].map(async ([name, graphqlUrl]) => {
      const url = new URL(graphqlUrl);
      url.pathname = '/ready';
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
        // Ready as itself: another process on that port is not the subgraph the supergraph names.
        const answeredBy = response.ok ? ((await response.json()) as Readiness).service : null;
        const ready = response.ok && answeredBy === name;
        const reason = response.ok ? `${answeredBy ?? 'another process'} answered in its place` : `/ready answered ${response.status}`;
        return [name, { url: graphqlUrl, ready, ...(ready ? {} : { reason }) }] as const;
      } catch (error) {
        return [name, { url: graphqlUrl, ready: false, reason: (error as Error).name === 'TimeoutError' ? 'no answer in time' : 'unreachable' }] as const;
      }
    }),
  );
  return { status: entries.every(([, s]) => s.ready) ? 'ok' : 'degraded', subgraphs: Object.fromEntries(entries) };
}

/** The client's address: the socket's peer, or the first X-Forwarded-For hop behind a trusted proxy. */
function clientAddressOf(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? req.headers['x-forwarded-for'] : undefined;
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  return first || req.socket.remoteAddress || 'unknown';
}
