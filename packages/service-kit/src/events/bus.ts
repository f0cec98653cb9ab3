import { PRODUCERS, type Producer } from '@mieux/events';
import type { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { defaultSubgraphUrl, type ServiceConfig } from '../config';
import type { Logger } from '../logger';
import { DEFAULT_CONSUMER_OPTIONS, EventConsumer, handledTypes, type ConsumerOptions, type EventConsumerDefinition } from './consumer';
import { EventMetrics } from './metrics';
import { connectNats } from './nats';
import { Outbox } from './outbox';
import { outboxEndpoint, outboxTransport } from './outbox-transport';
import { ParkedEventEntity } from './tables';
import type { ConsumerSpec, EventTransport, Relay } from './transport';

export interface EventBusOptions {
  config: ServiceConfig;
  logger: Logger;
  dataSource: DataSource;
  /** The service's metrics registry. */
  registry: Registry;
  consumers: readonly EventConsumerDefinition[];
  consumerOptions?: Partial<ConsumerOptions>;
  /** NATS only: how long a delivered event may stay unacknowledged (tests shorten it). */
  ackWaitMs?: number;
}

/** A consumer's state, in `/ready`'s answer. */
export interface ConsumerState {
  name: string;
  producer: Producer;
  lag: number | null;
  parked: number;
}

/** The events of one service: its outbox relayed (NATS), its consumers running, and what `/ready` says of them. */
export interface EventBus {
  transport: EventTransport;
  outbox: Outbox;
  consumers: EventConsumer[];
  /** The producer's `/events` endpoint (the broker-less transport's consumers read it). */
  endpoint: ReturnType<typeof outboxEndpoint>;
  /** Relay and consumers start (a replay command opens the bus without starting it). */
  start(): void;
  details(): Promise<{ events: { transport: string; unsent: number | null; consumers: ConsumerState[] } }>;
  stop(): Promise<void>;
}

/** What a consumer reads, from its definition. */
export function specOf(definition: EventConsumerDefinition): ConsumerSpec {
  return { consumer: definition.name, producer: definition.producer, types: handledTypes(definition) };
}

/** The base URL of a producer's endpoints, from its GraphQL URL. */
function producerBaseUrl(config: ServiceConfig, producer: Producer): string {
  return (config.subgraphUrls[producer] ?? defaultSubgraphUrl(producer)).replace(/\/graphql\/?$/, '');
}

/** Opens the transport the configuration names: NATS JetStream when NATS_URL is set, else the outbox transport. */
export async function openTransport(config: ServiceConfig, dataSource: DataSource, metrics: EventMetrics, ackWaitMs?: number): Promise<EventTransport> {
  if (config.events.natsUrl) {
    return connectNats({
      url: config.events.natsUrl,
      prefix: config.events.streamPrefix,
      replicas: config.events.streamReplicas,
      service: config.service,
      metrics,
      ackWaitMs,
    });
  }
  return outboxTransport({
    service: config.service,
    dataSource,
    producerUrl: (producer) => producerBaseUrl(config, producer),
    secret: config.subgraphSecret,
    timeoutMs: config.subgraphTimeoutMs,
  });
}

/** Opens a service's events: its transport, outbox, relay and consumers (started by `start`). */
export async function openEventBus(options: EventBusOptions): Promise<EventBus> {
  const { config, logger, dataSource } = options;
  const producer = config.service as Producer;
  const metrics = new EventMetrics(options.registry);
  const transport = await openTransport(config, dataSource, metrics, options.ackWaitMs);
  const outbox = new Outbox(producer, dataSource);
  const consumerOptions = { ...DEFAULT_CONSUMER_OPTIONS, ...options.consumerOptions };
  const consumers = await Promise.all(
    options.consumers.map(
      async (definition) =>
        new EventConsumer(
          definition,
          await transport.source(specOf(definition)),
          dataSource,
          logger.child({ consumer: definition.name }),
          metrics,
          consumerOptions,
        ),
    ),
  );
  let relay: Relay | null = null;
  return {
    transport,
    outbox,
    consumers,
    endpoint: outboxEndpoint(outbox, config.subgraphSecret),
    start() {
      // A service that publishes nothing (the notifier) relays nothing.
      if ((PRODUCERS as readonly string[]).includes(config.service)) relay ??= transport.relay(outbox, logger.child({ relay: transport.kind }));
      for (const consumer of consumers) consumer.start();
    },
    async details() {
      const parked = dataSource.getRepository(ParkedEventEntity);
      const states = await Promise.all(
        consumers.map(async (consumer) => ({
          name: consumer.definition.name,
          producer: consumer.definition.producer,
          lag: await consumer.lag().catch(() => null),
          parked: await parked.countBy({ consumer: consumer.definition.name }),
        })),
      );
      return { events: { transport: transport.kind, unsent: relay ? await relay.backlog().catch(() => null) : null, consumers: states } };
    },
    async stop() {
      await Promise.all(consumers.map((consumer) => consumer.stop()));
      await relay?.stop();
      await transport.close();
    },
  };
}
