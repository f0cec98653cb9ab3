import type { ApolloServerPlugin, BaseContext, HTTPGraphQLRequest } from '@apollo/server';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** Seconds, from an entity lookup to the whole portfolio at scale 10. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** A histogram of durations in seconds, on the common buckets. */
export function durationHistogram<T extends string = never>(registry: Registry, name: string, help: string, labelNames: T[] = []): Histogram<T> {
  return new Histogram<T>({ name, help, labelNames, buckets: DURATION_BUCKETS, registers: [registry] });
}

/** Operation names are chosen by clients: past this many distinct ones, new names count as `(other)`. */
const MAX_OPERATIONS = 200;

/**
 * The Prometheus metrics of one process, served at `/metrics`: Node's own (CPU, memory, GC, handles,
 * event-loop lag), GraphQL request durations by operation name and HTTP status, and whatever the
 * service registers on `registry` (SQL statements, subgraph calls). Every series has `service`.
 */
export class ServiceMetrics {
  private readonly requests: Histogram<'operation' | 'status'>;
  private readonly operations = new Set<string>();

  constructor(
    service: string,
    readonly registry: Registry = new Registry(),
  ) {
    registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: registry });
    this.requests = durationHistogram(
      registry,
      'mieux_graphql_request_duration_seconds',
      'GraphQL requests answered, from the first byte read to the last byte sent, by operation name and HTTP status.',
      ['operation', 'status'],
    );
  }

  /** Records one GraphQL request; `operation` is undefined when none was resolved (refused, unparsable). */
  observeRequest(operation: string | undefined, status: number, seconds: number): void {
    this.requests.observe({ operation: this.label(operation), status: String(status) }, seconds);
  }

  /** The exposition for a scrape. */
  async scrape(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  private label(operation: string | undefined): string {
    if (operation === undefined) return '(none)';
    if (this.operations.has(operation)) return operation;
    if (this.operations.size >= MAX_OPERATIONS || operation.length > 100) return '(other)';
    this.operations.add(operation);
    return operation;
  }
}

/** Why a call to a subgraph did not bring a clean answer. */
export type SubgraphCallError = 'timeout' | 'unreachable' | 'http' | 'graphql';

/** The gateway's calls to each subgraph: how long they take, and how they fail. */
export class SubgraphCallMetrics {
  private readonly durations: Histogram<'subgraph' | 'outcome'>;
  private readonly errors: Counter<'subgraph' | 'reason'>;

  constructor(registry: Registry) {
    this.durations = durationHistogram(
      registry,
      'mieux_subgraph_call_duration_seconds',
      'Calls from the gateway to a subgraph, by subgraph and outcome (ok: an answer came, failed: none did).',
      ['subgraph', 'outcome'],
    );
    this.errors = new Counter({
      name: 'mieux_subgraph_call_errors_total',
      help: 'Calls from the gateway to a subgraph that failed (timeout, unreachable, http) or answered with GraphQL errors (graphql).',
      labelNames: ['subgraph', 'reason'],
      registers: [registry],
    });
  }

  /** Starts timing a call; the function returned ends it. */
  start(subgraph: string): (outcome: 'ok' | 'failed') => void {
    const end = this.durations.startTimer({ subgraph });
    return (outcome) => end({ outcome });
  }

  error(subgraph: string, reason: SubgraphCallError): void {
    this.errors.inc({ subgraph, reason });
  }
}

const operationNames = new WeakMap<HTTPGraphQLRequest, string>();

/**
 * Apollo plugin noting the operation each HTTP request resolved to (`(anonymous)` without a name),
 * so the HTTP layer can label its metrics and access log once the answer is sent. (Keyed by the
 * HTTP request Apollo was given: Apollo copies the context object.)
 */
export function operationNamePlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, operationName }) {
          if (request.http) operationNames.set(request.http, boundedName(operationName));
        },
      };
    },
  };
}

/** Longest operation name kept: a client chooses it, and it labels metrics and the access log. */
const MAX_OPERATION_NAME = 100;

function boundedName(operationName: string | null | undefined): string {
  if (!operationName) return '(anonymous)';
  return operationName.length > MAX_OPERATION_NAME ? `${operationName.slice(0, MAX_OPERATION_NAME)}…` : operationName;
}

/** The operation an HTTP request given to Apollo resolved to, if any. */
export function operationNameOf(request: HTTPGraphQLRequest | undefined): string | undefined {
  return request ? operationNames.get(request) : undefined;
}
