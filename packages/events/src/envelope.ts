import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { EVENTS, PRODUCERS, type EventPayload, type EventType, type Producer } from './catalogue';

/** An event as it travels: the facts and what identifies, orders and versions them. */
export interface EventEnvelope<T extends EventType = EventType> {
  /** Unique; the JetStream message id (deduplication) and the key of consumers' processed ids. */
  id: string;
  type: T;
  version: number;
  producer: Producer;
  aggregate: string;
  /** Events of one aggregate arrive in the order they were written. */
  aggregateId: string;
  /** ISO date-time of the change. */
  occurredAt: string;
  payload: EventPayload<T>;
}

/** An event that cannot be taken: unknown type or version, malformed, or a payload its schema refuses. */
export class InvalidEvent extends Error {
  override name = 'InvalidEvent';
}

const envelopeSchema = z.object({
  id: z.string().min(1).max(64),
  type: z.string().min(1).max(64),
  version: z.number().int().min(1),
  producer: z.enum(PRODUCERS),
  aggregate: z.string().min(1).max(40),
  aggregateId: z.string().min(1).max(64),
  occurredAt: z.iso.datetime(),
  payload: z.unknown(),
});

function isEventType(type: string): type is EventType {
  return Object.hasOwn(EVENTS, type);
}

function problemsOf(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'} ${issue.message}`).join('; ');
}

/** Validates a payload against its type's schema; throws InvalidEvent naming what is wrong. */
export function validatePayload<T extends EventType>(type: T, payload: unknown): EventPayload<T> {
  const parsed = EVENTS[type].payload.safeParse(payload);
  if (!parsed.success) throw new InvalidEvent(`${type}: ${problemsOf(parsed.error)}`);
  return parsed.data as EventPayload<T>;
}

/**
 * A new event of a type, its payload validated (the producer's end): the aggregate id is taken from
 * the payload's field that names it.
 */
export function createEvent<T extends EventType>(type: T, aggregateId: string, payload: EventPayload<T>, occurredAt = new Date()): EventEnvelope<T> {
  const definition = EVENTS[type];
  return {
    id: randomUUID(),
    type,
    version: definition.version,
    producer: definition.producer,
    aggregate: definition.aggregate,
    aggregateId,
    occurredAt: occurredAt.toISOString(),
    payload: validatePayload(type, payload),
  };
}

/**
 * Reads an event received from another service (the consumer's end): a known type at the version
 * this code knows, from the producer that owns it, with a valid payload. Throws InvalidEvent.
 */
export function parseEvent(raw: unknown): EventEnvelope {
  let value = raw;
  if (typeof raw === 'string' || raw instanceof Uint8Array) {
    try {
      value = JSON.parse(typeof raw === 'string' ? raw : new TextDecoder().decode(raw));
    } catch {
      throw new InvalidEvent('not JSON');
    }
  }
  const parsed = envelopeSchema.safeParse(value);
  if (!parsed.success) throw new InvalidEvent(`envelope: ${problemsOf(parsed.error)}`);
  const envelope = parsed.data;
  if (!isEventType(envelope.type)) throw new InvalidEvent(`unknown event type ${envelope.type}`);
  const definition = EVENTS[envelope.type];
  if (envelope.version !== definition.version)
    throw new InvalidEvent(`${envelope.type} version ${envelope.version} is not known (this code reads ${definition.version})`);
  if (envelope.producer !== definition.producer) throw new InvalidEvent(`${envelope.type} comes from ${definition.producer}, not ${envelope.producer}`);
  return { ...envelope, type: envelope.type, payload: validatePayload(envelope.type, envelope.payload) };
}

/** The NATS subject of an event: `<prefix>.<producer>.<type>`, so a consumer filters by producer and type. */
export function subjectOf(prefix: string, event: { producer: Producer; type: string }): string {
  return `${prefix}.${event.producer}.${event.type}`;
}
