import type { EventType, Producer } from '@mieux/events';
import type { Logger } from '../logger';
import type { Outbox } from './outbox';

/** One event handed to a consumer, and what the consumer says back about it. */
export interface Delivery {
  /** The envelope as received (JSON). */
  body: string;
  /** 1 on the first delivery, more on redeliveries. */
  attempt: number;
  /** Applied (or deliberately skipped): never deliver it again to this consumer. */
  ack(): Promise<void>;
  /** Not applied for a passing reason: deliver it again, before those after it. */
  retry(): Promise<void>;
  /** Never to be applied (parked by the consumer with its reason): move past it. */
  drop(): Promise<void>;
}

/** What a consumer reads: the events of one producer, of some types, in the order they were written. */
export interface ConsumerSpec {
  /** The consumer's durable name, unique in the graph (e.g. `actions-expert-cards`). */
  consumer: string;
  producer: Producer;
  types: readonly EventType[];
}

/** A consumer's feed of events from one producer. */
export interface EventSource {
  /** Up to `max` events in order, each as soon as it is there, waiting up to `waitMs` in all. */
  next(max: number, waitMs: number): AsyncIterable<Delivery>;
  /** How many events wait for this consumer. */
  lag(): Promise<number>;
  /** Acknowledges a batch taken in order at once, where the transport can do it in one write (else each is acknowledged). */
  ackAll?(deliveries: readonly Delivery[]): Promise<void>;
  close(): Promise<void>;
}

/** Publishes a service's outbox to where consumers read it, until stopped. */
export interface Relay {
  stop(): Promise<void>;
  /** Events written but not yet acknowledged by the broker. */
  backlog(): Promise<number>;
}

/**
 * How events travel between services. Two implementations, one contract (tested alike): NATS
 * JetStream (a relay publishes each outbox, durable consumers read streams) and the broker-less
 * outbox transport (consumers pull the producer's outbox over its signed `/events` endpoint).
 */
export interface EventTransport {
  readonly kind: 'nats' | 'outbox';
  /** Starts relaying the outbox; null when consumers read the outbox itself. */
  relay(outbox: Outbox, logger: Logger): Relay | null;
  source(spec: ConsumerSpec): Promise<EventSource>;
  /** Forgets how far a consumer has read, so that it reads its producer's events from the first again. */
  rewind(spec: ConsumerSpec): Promise<void>;
  close(): Promise<void>;
}
