import { createServer, type Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import type { DocumentNode } from 'graphql';
import type { ServiceConfig } from '../config';
import type { ServiceDataSource } from '../database/data-source';
import type { EventBus } from '../events/bus';
import { EVENTS_PATH } from '../events/outbox-transport';
import { logUnexpectedErrors, maskError } from '../errors';
import { IDENTITY_HEADER, IdentityRejected, verifyIdentity, type Identity } from '../identity';
import { Loaders } from '../loaders';
import type { Logger } from '../logger';
import { operationNamePlugin, ServiceMetrics } from '../metrics';
import { closeServer, createGraphQLHandler, HttpRejection, listenOn } from './http-handler';

/** What every resolver of every subgraph gets. Services extend it with their own parts. */
export interface SubgraphContext {
  identity: Identity;
  requestId: string;
  logger: Logger;
  loaders: Loaders;
}

/** A service's schema, resolvers and the parts it adds to each request's context. */
export interface SubgraphModule<TContext extends SubgraphContext> {
  typeDefs: DocumentNode;
  /** The service's generated `Resolvers` map, typed by its own context (codegen's contextType). */
  resolvers: Record<string, object>;
  context(base: SubgraphContext): TContext;
  /** More to readiness than the database (a read model that has caught up with its events at least once). */
  ready?(events: EventBus | undefined): Promise<boolean>;
}

export interface SubgraphServer<TContext extends SubgraphContext> {
  apollo: ApolloServer<TContext>;
  http: Server;
  /** The context an HTTP call of this identity would get, for in-process tests. */
  contextFor(identity: Identity, requestId?: string): TContext;
  /** Listens on the port (0 picks a free one) and resolves with the port taken. */
  listen(port: number): Promise<number>;
  /** Stops accepting calls, finishes those in flight, closes the database. */
  stop(): Promise<void>;
}

export interface SubgraphServerOptions<TContext extends SubgraphContext> {
  config: ServiceConfig;
  logger: Logger;
  database: ServiceDataSource;
  module: SubgraphModule<TContext>;
  /** The service's events: its outbox served at `/events`, their state at `/ready`. */
  events?: EventBus;
}

/**
 * Builds a subgraph: Apollo Server over the Federation 2 schema, the HTTP handler that refuses calls
 * without the gateway's signature, health and readiness endpoints. Does not listen: tests use it
 * in-process, `runService` listens.
 */
export async function createSubgraphServer<TContext extends SubgraphContext>(options: SubgraphServerOptions<TContext>): Promise<SubgraphServer<TContext>> {
  const { config, logger, database, module, events } = options;
  const apollo = new ApolloServer<TContext>({
    // The resolver map is typed by the service's context (generated); Apollo's builder only knows `unknown`.
    schema: buildSubgraphSchema([{ typeDefs: module.typeDefs, resolvers: module.resolvers as GraphQLResolverMap<unknown> }]),
    introspection: !config.production,
    // The process owns its signals: runService/main stop the server, then the database, in order.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => maskError(formatted, error, config.service),
    // No schema carries cache hints and no response is cached: the cache-control plugin's per-field work
    // (5-11% of a subgraph's CPU under load) would compute a policy nobody reads.
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      logUnexpectedErrors(),
      operationNamePlugin(),
    ],
  });
  await apollo.start();

  const contextFor = (identity: Identity, requestId = 'in-process'): TContext =>
    module.context({ identity, requestId, logger: logger.child({ requestId }), loaders: new Loaders() });

  const handler = createGraphQLHandler<TContext>({
    service: config.service,
    apollo,
    logger,
    ready: async () => {
      await database.dataSource.query('SELECT 1');
      return module.ready ? module.ready(events) : true;
    },
    ...(events ? { endpoints: { [EVENTS_PATH]: events.endpoint }, readyDetails: () => events.details() } : {}),
    // The database's SQL metrics are in its registry: the process serves them with its own.
    metrics: new ServiceMetrics(config.service, database.queries.registry),
    context: async (req, requestId, requestLogger, raw) => {
      let identity: Identity;
      try {
        identity = verifyIdentity(headerOf(req.headers[IDENTITY_HEADER]), config.subgraphSecret, raw);
      } catch (error) {
        if (error instanceof IdentityRejected) {
          requestLogger.warn({ reason: error.message }, 'call refused: not signed by the gateway');
          throw new HttpRejection(401, `Calls must come through the gateway (${error.message})`);
        }
        throw error;
      }
      return module.context({ identity, requestId, logger: requestLogger, loaders: new Loaders() });
    },
  });
  const http = createServer((req, res) => void handler(req, res));
  http.keepAliveTimeout = 65_000;

  return {
    apollo,
    http,
    contextFor,
    listen: (port) => listenOn(http, port, config.host),
    stop: async () => {
      await closeServer(http);
      await apollo.stop();
      if (database.dataSource.isInitialized) await database.dataSource.destroy();
    },
  };
}

function headerOf(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
