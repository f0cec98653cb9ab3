import { createEvent, typesOf, type EventEnvelope, type EventPayload, type EventType, type Producer } from '@mieux/events';
import { In, IsNull, MoreThan, type DataSource, type EntityManager } from 'typeorm';
import { OutboxEntity, type OutboxRow } from './tables';

/**
 * Writes a domain event to the service's outbox through the caller's transaction (`manager`): it is
 * committed with the change or not at all. The payload is validated against the event's schema.
 */
export async function publish<T extends EventType>(manager: EntityManager, type: T, aggregateId: string, payload: EventPayload<T>): Promise<EventEnvelope<T>> {
  const event = createEvent(type, aggregateId, payload);
  await manager.insert(OutboxEntity, outboxRowOf(event));
  return event;
}

/** The outbox row of an event, for loads that insert many at once (the demo portfolio, with `insertInChunks`). */
export function outboxRowOf(event: EventEnvelope): Omit<OutboxRow, 'position'> {
  return { id: event.id, type: event.type, aggregateId: event.aggregateId, body: JSON.stringify(event), sentAt: null };
}

/** An event read from an outbox with its position. */
export interface OutboxEvent {
  position: number;
  body: string;
}

/** A service's outbox as the relay and the broker-less endpoint read it. */
export class Outbox {
  constructor(
    readonly producer: Producer,
    private readonly dataSource: DataSource,
  ) {}

  /** The oldest events not yet acknowledged by the broker, in the order they were written. */
  async unsent(limit: number): Promise<OutboxRow[]> {
    return this.dataSource.getRepository(OutboxEntity).find({ where: { sentAt: IsNull() }, order: { position: 'ASC' }, take: limit });
  }

  /** Marks events sent once the broker has acknowledged them. */
  async markSent(ids: readonly string[]): Promise<void> {
    if (ids.length) await this.dataSource.getRepository(OutboxEntity).update({ id: In([...ids]) }, { sentAt: new Date() });
  }

  async unsentCount(): Promise<number> {
    return this.dataSource.getRepository(OutboxEntity).countBy({ sentAt: IsNull() });
  }

  /** Events after a position, of some types (all of this producer's when none are given), and how many more wait. */
  async after(position: number, limit: number, types: readonly string[] = []): Promise<{ events: OutboxEvent[]; pending: number }> {
    const wanted = types.length ? [...types] : typesOf(this.producer);
    const repository = this.dataSource.getRepository(OutboxEntity);
    const where = { position: MoreThan(position), type: In(wanted) };
    const rows = limit === 0 ? [] : await repository.find({ where, order: { position: 'ASC' }, take: limit, select: { position: true, body: true } });
    const pending = await repository.countBy(where);
    return { events: rows.map((row) => ({ position: row.position, body: row.body })), pending: pending - rows.length };
  }
}
