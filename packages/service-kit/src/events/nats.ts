import {
  AckPolicy,
  DeliverPolicy,
  DiscardPolicy,
  JetStreamApiError,
  JetStreamError,
  jetstream,
  jetstreamManager,
  RetentionPolicy,
  StorageType,
  type JetStreamManager,
} from '@nats-io/jetstream';
import { connect, nanos, type NatsConnection } from '@nats-io/transport-node';
import { subjectOf, type Producer } from '@mieux/events';
import type { Logger } from '../logger';
import type { EventMetrics } from './metrics';
import type { Outbox } from './outbox';
import type { ConsumerSpec, Delivery, EventSource, EventTransport, Relay } from './transport';

export interface NatsOptions {
  url: string;
  /** Streams are `<PREFIX>_<PRODUCER>` on subjects `<prefix>.<producer>.<Type>`: unique per graph (and per test run). */
  prefix: string;
  /** Copies of each stream in a NATS cluster (1 on one server, 3 in production). */
  replicas: number;
  /** The connecting service, as the server lists its clients. */
  service: string;
  metrics: EventMetrics;
  /** How long a delivered event may stay unacknowledged before it is delivered again. */
  ackWaitMs?: number;
  /** Wait between two looks at an empty outbox. */
  relayIdleMs?: number;
}

/** Stream names: the prefix and the producer, upper case (JetStream names allow no dots). */
export function streamName(prefix: string, producer: Producer): string {
  return `${prefix}_${producer}`.toUpperCase();
}

/**
 * The NATS JetStream transport: one stream per producer (file storage, limits retention, deduplication
 * by event id within the duplicate window), one durable pull consumer per consumer with explicit acks.
 * The connection reconnects forever: a NATS restart delays events, never loses them.
 */
export async function connectNats(options: NatsOptions): Promise<EventTransport> {
  const connection = await connect({ servers: options.url, name: `mieux-${options.service}`, maxReconnectAttempts: -1, reconnectTimeWait: 500 });
  const manager = await jetstreamManager(connection);
  return new NatsTransport(connection, manager, options);
}

class NatsTransport implements EventTransport {
  readonly kind = 'nats' as const;
  private readonly subjectPrefix: string;
  private readonly streams = new Set<string>();

  constructor(
    private readonly connection: NatsConnection,
    private readonly manager: JetStreamManager,
    private readonly options: NatsOptions,
  ) {
    this.subjectPrefix = options.prefix.toLowerCase();
  }

  /** Creates the producer's stream when it does not exist (producer and consumers may start in any order). */
  async ensureStream(producer: Producer): Promise<string> {
    const name = streamName(this.options.prefix, producer);
    if (this.streams.has(name)) return name;
    try {
      await this.manager.streams.info(name);
    } catch (error) {
      if (!(error instanceof JetStreamApiError) || error.status !== 404) throw error;
      await this.manager.streams.add({
        name,
        subjects: [`${this.subjectPrefix}.${producer}.>`],
        storage: StorageType.File,
        retention: RetentionPolicy.Limits,
        discard: DiscardPolicy.Old,
        num_replicas: this.options.replicas,
        duplicate_window: nanos(120_000),
      });
    }
    this.streams.add(name);
    return name;
  }

  relay(outbox: Outbox, logger: Logger): Relay {
    const relay = new NatsRelay(this, outbox, logger, this.options);
    relay.start();
    return relay;
  }

  async publish(producer: Producer, type: string, id: string, body: string): Promise<void> {
    await this.ensureStream(producer);
    await jetstream(this.connection).publish(subjectOf(this.subjectPrefix, { producer, type }), body, { msgID: id, timeout: 5000 });
  }

  async source(spec: ConsumerSpec): Promise<EventSource> {
    const stream = await this.ensureStream(spec.producer);
    await this.ensureConsumer(stream, spec);
    const consumers = jetstream(this.connection).consumers;
    const manager = this.manager;
    return {
      async *next(max, waitMs) {
        const consumer = await consumers.get(stream, spec.consumer);
        const messages = await consumer.fetch({ max_messages: max, expires: Math.max(waitMs, 1000) });
        try {
          for await (const message of messages) {
            const delivery: Delivery = {
              body: message.string(),
              attempt: message.info.deliveryCount,
              ack: async () => void (await message.ackAck()),
              retry: async () => message.nak(200 * message.info.deliveryCount),
              // No reason given: NATS before 2.10 ignores a TERM that carries one.
              drop: async () => message.term(),
            };
            yield delivery;
          }
        } catch (error) {
          // The server sends no heartbeat on a pull request held back by the one event in flight:
          // the batch just ends there, and the next pull goes on.
          if (!(error instanceof JetStreamError && /heartbeats missed/.test(error.message))) throw error;
        } finally {
          // A consumer that stops (or fails) mid-batch leaves no pull request behind.
          await messages.close();
        }
      },
      async lag() {
        const info = await manager.consumers.info(stream, spec.consumer);
        return info.num_pending + info.num_ack_pending;
      },
      async close() {},
    };
  }

  private async ensureConsumer(stream: string, spec: ConsumerSpec): Promise<void> {
    try {
      await this.manager.consumers.info(stream, spec.consumer);
    } catch (error) {
      if (!(error instanceof JetStreamApiError) || error.status !== 404) throw error;
      await this.manager.consumers.add(stream, {
        durable_name: spec.consumer,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
        // One subject filter (NATS 2.9 has no list): the consumer skips the producer's other types.
        filter_subject:
          spec.types.length === 1
            ? subjectOf(this.subjectPrefix, { producer: spec.producer, type: spec.types[0] })
            : `${this.subjectPrefix}.${spec.producer}.>`,
        ack_wait: nanos(this.options.ackWaitMs ?? 30_000),
        // One event in flight: the next is delivered once this one is acknowledged, and an event left
        // unacknowledged by a consumer that died comes again before any later one (order per aggregate).
        max_ack_pending: 1,
        max_deliver: -1,
      });
    }
  }

  async rewind(spec: ConsumerSpec): Promise<void> {
    const stream = await this.ensureStream(spec.producer);
    try {
      await this.manager.consumers.delete(stream, spec.consumer);
    } catch (error) {
      if (!(error instanceof JetStreamApiError) || error.status !== 404) throw error;
    }
    await this.ensureConsumer(stream, spec);
  }

  async close(): Promise<void> {
    await this.connection.drain().catch(() => this.connection.close());
  }
}

/**
 * Publishes a service's outbox in the order it was written, one event at a time, each with its id as
 * the message id, and marks an event sent only after JetStream acknowledged it. Stopped (or killed)
 * between the two, the next relay publishes it again and JetStream drops the duplicate.
 */
class NatsRelay implements Relay {
  private stopping = false;
  private running: Promise<void> | null = null;

  constructor(
    private readonly transport: NatsTransport,
    private readonly outbox: Outbox,
    private readonly logger: Logger,
    private readonly options: NatsOptions,
  ) {}

  start(): void {
    this.running ??= this.loop();
  }

  async backlog(): Promise<number> {
    const unsent = await this.outbox.unsentCount();
    this.options.metrics.unsent.set(unsent);
    return unsent;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.running;
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      try {
        const rows = await this.outbox.unsent(100);
        for (const row of rows) {
          if (this.stopping) break;
          await this.transport.publish(this.outbox.producer, row.type, row.id, row.body);
          await this.outbox.markSent([row.id]);
          this.options.metrics.relayed.inc();
        }
        if (rows.length === 0) await sleep(this.options.relayIdleMs ?? 200);
      } catch (error) {
        if (this.stopping) break;
        this.logger.warn({ err: error }, 'the relay could not publish; trying again');
        await sleep(1000);
      }
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
