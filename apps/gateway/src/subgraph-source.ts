import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { Agent, fetch as undiciFetch } from 'undici';
import { serviceUnavailable } from '@mieux/service-kit/errors';
import { IDENTITY_HEADER, REQUEST_ID_HEADER, signIdentity, type Identity } from '@mieux/service-kit/identity';
import type { SubgraphCallError, SubgraphCallMetrics } from '@mieux/service-kit/metrics';
import type { GatewayContext } from './gateway-context';
import { InFlight } from './in-flight';
import { asGraphQLAnswer } from './subgraph-answer';

type Fetcher = RemoteGraphQLDataSource['fetcher'];

export interface SubgraphSourceOptions {
  name: string;
  url: string;
  secret: string;
  timeoutMs: number;
  agent: Agent;
  metrics: SubgraphCallMetrics;
}

/** One connection pool for all subgraph calls: keep-alive, a bounded number of sockets per origin. */
export function createSubgraphAgent(): Agent {
  return new Agent({ connections: 64, keepAliveTimeout: 30_000, keepAliveMaxTimeout: 60_000, pipelining: 1 });
}

/**
 * A subgraph as the gateway calls it: the caller's identity signed in a header, the request id
 * passed on for the logs, a timeout. The subgraph's own errors reach the client with their codes;
 * only a subgraph that cannot be reached or does not answer in time becomes SERVICE_UNAVAILABLE
 * naming it, while the rest of the query still resolves.
 */
export class SubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly subgraph: string;
  private readonly metrics: SubgraphCallMetrics;
  private readonly inFlight = new InFlight<Awaited<ReturnType<RemoteGraphQLDataSource['process']>>>((response) => ({
    ...response,
    data: response.data && structuredClone(response.data),
    errors: response.errors && structuredClone(response.errors),
  }));

  constructor(options: SubgraphSourceOptions) {
    // The identity is signed here, over the exact body sent: a captured header is good for no other call.
    const fetcher = (async (url: string, init: { body: string; headers: Record<string, string> }) =>
      asGraphQLAnswer(
        await undiciFetch(url, {
          ...init,
          headers: withSignedIdentity(init.headers, init.body, options.secret),
          dispatcher: options.agent,
          signal: AbortSignal.timeout(options.timeoutMs),
        }),
        () => queryOf(init.body),
      )) as unknown as Fetcher;
    super({ url: options.url, fetcher });
    this.subgraph = options.name;
    this.metrics = options.metrics;
  }

  /** Identical reads in flight at the same moment, for the same caller, share one subgraph call (InFlight); mutations are never shared. */
  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const { request } = options;
    const identity = (options.context as GatewayContext | undefined)?.identity;
    if (!('incomingRequestContext' in options) || !identity || !request.query || /^\s*mutation\b/.test(request.query)) {
      return this.call(options);
    }
    const key = JSON.stringify([identity.sub, identity.roles, identity.expertId, request.query, request.variables ?? null]);
    return this.inFlight.share(key, () => this.call(options));
  }

  /** One real call to the subgraph, timed; an answer carrying errors is counted as such. */
  private async call(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const end = this.metrics.start(this.subgraph);
    try {
      const response = await super.process(options);
      end('ok');
      if (response.errors?.length) this.metrics.error(this.subgraph, 'graphql');
      return response;
    } catch (error) {
      end('failed');
      throw error;
    }
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!context?.identity) return;
    request.http?.headers.set(IDENTITY_HEADER, `${UNSIGNED}${Buffer.from(JSON.stringify(context.identity)).toString('base64url')}`);
    request.http?.headers.set(REQUEST_ID_HEADER, (context as GatewayContext).requestId);
  }

  override didEncounterError(error: Error, _request: unknown, response?: { status: number }, context?: GatewayContext): void {
    const kind: SubgraphCallError = error.name === 'TimeoutError' ? 'timeout' : response ? 'http' : 'unreachable';
    this.metrics.error(this.subgraph, kind);
    const reason = kind === 'timeout' ? 'it did not answer in time' : response ? `it answered HTTP ${response.status}` : 'it is unreachable';
    context?.logger.warn({ subgraph: this.subgraph, err: error }, 'subgraph call failed');
    throw serviceUnavailable(this.subgraph, reason, 'is unavailable');
  }
}

/** The document of a subgraph call's JSON body. */
function queryOf(body: string | undefined): string | undefined {
  try {
    return (JSON.parse(body ?? '{}') as { query?: string }).query;
  } catch {
    return undefined;
  }
}

/** Marks the identity that the fetcher signs once the body is final (it never leaves the gateway). */
const UNSIGNED = 'unsigned:';

function withSignedIdentity(headers: Record<string, string>, body: string, secret: string): Record<string, string> {
  const name = Object.keys(headers).find((key) => key.toLowerCase() === IDENTITY_HEADER);
  const value = name ? headers[name] : undefined;
  if (!name || !value?.startsWith(UNSIGNED)) return headers;
  const identity = JSON.parse(Buffer.from(value.slice(UNSIGNED.length), 'base64url').toString('utf8')) as Identity;
  return { ...headers, [name]: signIdentity(identity, secret, body) };
}
