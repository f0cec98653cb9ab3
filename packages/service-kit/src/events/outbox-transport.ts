import type { IncomingMessage } from 'node:http';
import type { Producer } from '@mieux/events';
import type { DataSource } from 'typeorm';
import { IDENTITY_HEADER, IdentityRejected, signIdentity, verifyIdentity } from '../identity';
import { SUBGRAPH_NAMES, WORKERS } from '../registry';
import { HttpRejection } from '../server/http-handler';
import type { Outbox, OutboxEvent } from './outbox';
import { EventCursorEntity } from './tables';
import type { ConsumerSpec, Delivery, EventSource, EventTransport } from './transport';

/** Where a producer serves its outbox to the consumers of the broker-less transport. */
export const EVENTS_PATH = '/events';

/** The services that read outboxes: the subgraphs' consumers (the portfolio read model's among them), and the workers (the notifier). */
const EVENT_READERS: readonly string[] = [...SUBGRAPH_NAMES, ...WORKERS.map((worker) => worker.name)];

/** The identity a service signs its outbox reads with (never a person's: no role, no expert). */
function serviceIdentity(service: string) {
  return { sub: `service:${service}`, roles: [], expertId: null };
}

export interface OutboxTransportOptions {
  /** The reading service. */
  service: string;
  /** Its database, where its cursors are kept. */
  dataSource: DataSource;
  /** The base URL of each producer (`http://host:port`, no path). */
  producerUrl(producer: Producer): string | null;
  /** The key every call is signed with (SUBGRAPH_SECRET, as the gateway signs identities). */
  secret: string;
  timeoutMs: number;
}

/**
 * The broker-less transport, for one machine without NATS (the embedded default of `npm start`):
 * nothing is relayed; each consumer pulls its producer's outbox over the producer's `/events`
 * endpoint, from its cursor, every call signed with the graph's secret. The cursor lives in the
 * consumer's own database and moves past an event once it is applied (or parked).
 */
export function outboxTransport(options: OutboxTransportOptions): EventTransport {
  const cursors = options.dataSource.getRepository(EventCursorEntity);
  const positionOf = async (spec: ConsumerSpec) => (await cursors.findOneBy({ consumer: spec.consumer, producer: spec.producer }))?.position ?? 0;
  const read = async (spec: ConsumerSpec, after: number, limit: number): Promise<{ events: OutboxEvent[]; pending: number }> => {
    const base = options.producerUrl(spec.producer);
    if (!base) throw new Error(`no address known for the ${spec.producer} service's events`);
    const search = `?${new URLSearchParams({ after: String(after), limit: String(limit), types: spec.types.join(',') }).toString()}`;
    const response = await fetch(`${base}${EVENTS_PATH}${search}`, {
      headers: { [IDENTITY_HEADER]: signIdentity(serviceIdentity(options.service), options.secret, search) },
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    if (!response.ok) throw new Error(`the ${spec.producer} service answered HTTP ${response.status} for its events`);
    return (await response.json()) as { events: OutboxEvent[]; pending: number };
  };
  return {
    kind: 'outbox',
    relay: () => null,
    async source(spec): Promise<EventSource> {
      let position = await positionOf(spec);
      let pending = 0;
      const attempts = new Map<number, number>();
      const positions = new WeakMap<Delivery, number>();
      return {
        async *next(max, waitMs) {
          const answer = await read(spec, position, max);
          pending = answer.pending;
          // Nothing yet: the pull waits before it ends, and the next one reads (one read per wait, not two).
          if (answer.events.length === 0) await new Promise((resolve) => setTimeout(resolve, Math.min(waitMs, 500)));
          for (const event of answer.events) {
            const attempt = (attempts.get(event.position) ?? 0) + 1;
            attempts.set(event.position, attempt);
            const pass = async () => {
              await cursors.upsert({ consumer: spec.consumer, producer: spec.producer, position: event.position }, ['consumer', 'producer']);
              position = event.position;
              attempts.delete(event.position);
            };
            const delivery: Delivery = {
              body: event.body,
              attempt,
              ack: pass,
              drop: pass,
              // The position stays: the next pull starts with this event again.
              retry: async () => undefined,
            };
            positions.set(delivery, event.position);
            yield delivery;
          }
        },
        // One write of the cursor for a whole batch (in order): the last position passed.
        async ackAll(deliveries) {
          const last = Math.max(...deliveries.map((d) => positions.get(d) ?? 0));
          if (last <= position) return;
          await cursors.upsert({ consumer: spec.consumer, producer: spec.producer, position: last }, ['consumer', 'producer']);
          for (const p of attempts.keys()) if (p <= last) attempts.delete(p);
          position = last;
        },
        async lag() {
          return pending > 0 ? pending : (await read(spec, position, 0)).pending;
        },
        async close() {},
      };
    },
    async rewind(spec) {
      await cursors.delete({ consumer: spec.consumer, producer: spec.producer });
    },
    async close() {},
  };
}

/**
 * The producer's side: `GET /events?after=<position>&limit=<n>&types=<A,B>`, answered from the outbox
 * to another service of the graph only (signed with the graph's secret, like the gateway's identity).
 */
export function outboxEndpoint(outbox: Outbox, secret: string) {
  return async (request: IncomingMessage, url: URL): Promise<unknown> => {
    const header = request.headers[IDENTITY_HEADER];
    try {
      const identity = verifyIdentity(Array.isArray(header) ? header[0] : header, secret, url.search);
      if (!identity.sub?.startsWith('service:') || !EVENT_READERS.includes(identity.sub.slice('service:'.length)))
        throw new IdentityRejected('events are read by the services of the graph only');
    } catch (error) {
      if (error instanceof IdentityRejected) throw new HttpRejection(401, `Events are read by the graph's services (${error.message})`);
      throw error;
    }
    const after = Number(url.searchParams.get('after') ?? '0');
    const limit = Number(url.searchParams.get('limit') ?? '100');
    if (!Number.isInteger(after) || after < 0 || !Number.isInteger(limit) || limit < 0 || limit > 1000)
      throw new HttpRejection(400, 'after and limit must be whole numbers (limit at most 1000)');
    const types = (url.searchParams.get('types') ?? '').split(',').filter((type) => type.length > 0);
    return outbox.after(after, limit, types);
  };
}
