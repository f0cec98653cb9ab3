import { InvalidEvent, parseEvent, type EventEnvelope, type EventType, type Producer } from '@mieux/events';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { markEventWork } from '../database/query-logger';
import { inTransaction, isUniqueViolation } from '../database/transaction';
import type { Logger } from '../logger';
import type { EventMetrics } from './metrics';
import { ParkedEventEntity, ProcessedEventEntity } from './tables';
import type { Delivery, EventSource } from './transport';

type Handler<T extends EventType> = (event: EventEnvelope<T>, manager: EntityManager) => Promise<void>;

/** A consumer of one producer's events, as a service declares it. */
export interface EventConsumerDefinition {
  /** Durable name, unique in the graph: `<service>-<what it keeps>`. */
  name: string;
  producer: Producer;
  /** What it does with each type it reads, inside its transaction (with the processed id). */
  handlers: { [T in EventType]?: Handler<T> };
  /** Empties what it keeps, before a replay from the first event (`events replay`). */
  reset(manager: EntityManager): Promise<void>;
  /**
   * Applies every event of a pull at once, in one transaction with their processed ids, instead of the
   * handlers one by one (a read model catching up on a producer's whole history). The handlers' keys
   * still say which types it reads. A batch that fails is taken again one event at a time, so that the
   * event at fault is retried, then parked, alone.
   */
  applyBatch?(events: EventEnvelope[], manager: EntityManager): Promise<void>;
}

export interface ConsumerOptions {
  /** Events taken at once. */
  batch: number;
  /** How long one pull waits for events when none is there. */
  waitMs: number;
  /** Deliveries of an event whose handler keeps failing before it is parked. */
  maxAttempts: number;
}

export const DEFAULT_CONSUMER_OPTIONS: ConsumerOptions = { batch: 50, waitMs: 1000, maxAttempts: 5 };

/** Types a consumer handles. */
export function handledTypes(definition: EventConsumerDefinition): EventType[] {
  return Object.keys(definition.handlers) as EventType[];
}

/** How an event went. */
type Outcome = 'applied' | 'duplicate' | 'skipped' | 'parked' | 'retry';

/**
 * Runs one consumer: takes events in order, applies each with its event id recorded in the same
 * transaction (a redelivered event is acknowledged without effect), acknowledges after the commit,
 * parks what can never be applied (invalid, or failing `maxAttempts` times) with its reason, and on a
 * passing failure ends the pull, so that the failed event comes again before any later one.
 */
export class EventConsumer {
  private running: Promise<void> | null = null;
  private stopping = false;

  constructor(
    readonly definition: EventConsumerDefinition,
    private readonly source: EventSource,
    private readonly dataSource: DataSource,
    private readonly logger: Logger,
    private readonly metrics: EventMetrics,
    private readonly options: ConsumerOptions = DEFAULT_CONSUMER_OPTIONS,
  ) {}

  /** Consumes in the background until `stop`. */
  start(): void {
    this.running ??= this.loop();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.running;
    await this.source.close();
  }

  /** Events waiting for this consumer; also sets the lag metric. */
  async lag(): Promise<number> {
    const lag = await this.source.lag();
    this.metrics.lag.set({ consumer: this.definition.name, producer: this.definition.producer }, lag);
    return lag;
  }

  /** Takes one batch; resolves with how many events it went through (0: nothing was waiting). */
  async poll(): Promise<number> {
    if (this.definition.applyBatch) return this.pollBatch(this.definition.applyBatch);
    let taken = 0;
    let failed: Delivery | null = null;
    for await (const delivery of this.source.next(this.options.batch, this.options.waitMs)) {
      if ((await this.take(delivery)) === 'retry') {
        // Nothing after it is taken before it: the pull ends here and the failed event comes first again.
        failed = delivery;
        break;
      }
      taken += 1;
    }
    if (failed) await new Promise((resolve) => setTimeout(resolve, 200 * Math.min(failed.attempt, 10)));
    return taken;
  }

  /** Consumes until nothing waits (the replay command, tests). */
  async drain(): Promise<void> {
    while ((await this.poll()) > 0 || (await this.lag()) > 0);
  }

  private async loop(): Promise<void> {
    let lastLag = 0;
    while (!this.stopping) {
      try {
        await this.poll();
        if (Date.now() - lastLag > 2000) {
          lastLag = Date.now();
          await this.lag();
        }
      } catch (error) {
        if (this.stopping) break;
        this.logger.warn({ err: error, consumer: this.definition.name }, 'events could not be read; trying again');
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
  }

  /** One pull applied in one transaction; on failure, taken again event by event. */
  private async pollBatch(applyBatch: NonNullable<EventConsumerDefinition['applyBatch']>): Promise<number> {
    const name = this.definition.name;
    const deliveries: { delivery: Delivery; event: EventEnvelope }[] = [];
    const all: Delivery[] = [];
    let taken = 0;
    for await (const delivery of this.source.next(this.options.batch, this.options.waitMs)) {
      taken += 1;
      let event: EventEnvelope;
      try {
        event = parseEvent(delivery.body);
      } catch (error) {
        if (!(error instanceof InvalidEvent)) throw error;
        await this.park(delivery, null, error.message);
        continue;
      }
      all.push(delivery);
      if (this.definition.handlers[event.type]) deliveries.push({ delivery, event });
    }
    if (deliveries.length === 0) {
      for (const delivery of all) await delivery.ack();
      return taken;
    }
    let applied: EventEnvelope[];
    try {
      applied = await inTransaction(this.dataSource, async (manager) => {
        markEventWork(manager);
        const ids = [...new Set(deliveries.map((d) => d.event.id))];
        const seen = new Set(
          (await manager.find(ProcessedEventEntity, { where: { consumer: name, eventId: In(ids) }, select: { eventId: true } })).map((row) => row.eventId),
        );
        const fresh = deliveries.map((d) => d.event).filter((event) => !seen.has(event.id) && (seen.add(event.id), true));
        const processedAt = new Date();
        for (let i = 0; i < fresh.length; i += 500)
          await manager.insert(
            ProcessedEventEntity,
            fresh.slice(i, i + 500).map((event) => ({ consumer: name, eventId: event.id, processedAt })),
          );
        if (fresh.length) await applyBatch(fresh, manager);
        return fresh;
      });
    } catch (error) {
      this.logger.warn({ err: error, consumer: name, events: deliveries.length }, 'a batch of events was not applied; taking them one by one');
      for (const delivery of all) if ((await this.take(delivery)) === 'retry') break;
      return taken;
    }
    // Acknowledged after the commit and in order, skipped types included.
    if (this.source.ackAll) await this.source.ackAll(all);
    else for (const delivery of all) await delivery.ack();
    const ids = new Set(applied.map((event) => event.id));
    for (const { event } of deliveries) this.metrics.processed.inc({ consumer: name, type: event.type, outcome: ids.has(event.id) ? 'applied' : 'duplicate' });
    return taken;
  }

  /** The handler of a type: the definition's own, or its batch of one. */
  private handlerOf(type: EventType): Handler<EventType> | undefined {
    const { handlers, applyBatch } = this.definition;
    if (!handlers[type]) return undefined;
    return applyBatch ? (event, manager) => applyBatch([event], manager) : (handlers[type] as Handler<EventType>);
  }

  private async take(delivery: Delivery): Promise<Outcome> {
    const name = this.definition.name;
    let event: EventEnvelope;
    try {
      event = parseEvent(delivery.body);
    } catch (error) {
      if (!(error instanceof InvalidEvent)) throw error;
      return this.park(delivery, null, error.message);
    }
    const handler = this.handlerOf(event.type);
    if (!handler) {
      await delivery.ack();
      return 'skipped';
    }
    let applied: boolean;
    try {
      applied = await inTransaction(this.dataSource, async (manager) => {
        markEventWork(manager);
        try {
          await manager.insert(ProcessedEventEntity, { consumer: name, eventId: event.id, processedAt: new Date() });
        } catch (error) {
          if (isUniqueViolation(error)) return false;
          throw error;
        }
        await handler(event, manager);
        return true;
      });
    } catch (error) {
      if (delivery.attempt >= this.options.maxAttempts) return this.park(delivery, event, `failed ${delivery.attempt} times: ${(error as Error).message}`);
      this.logger.warn({ err: error, consumer: name, eventId: event.id, attempt: delivery.attempt }, 'event not applied; it comes again');
      await delivery.retry();
      return 'retry';
    }
    // Acknowledged after the commit: a consumer dying in between gets the event again, and its id says it was applied.
    await delivery.ack();
    this.metrics.processed.inc({ consumer: name, type: event.type, outcome: applied ? 'applied' : 'duplicate' });
    return applied ? 'applied' : 'duplicate';
  }

  private async park(delivery: Delivery, event: EventEnvelope | null, reason: string): Promise<Outcome> {
    const consumer = this.definition.name;
    const parked = this.dataSource.getRepository(ParkedEventEntity);
    // A delivery the broker sends again before it heard of the first parking (an ack deadline passed under
    // load) is the same event: it is parked once.
    if (!(await parked.existsBy({ consumer, body: delivery.body }))) {
      await parked.insert({
        consumer,
        eventId: event?.id ?? null,
        type: event?.type ?? null,
        reason: reason.slice(0, 2000),
        body: delivery.body,
        parkedAt: new Date(),
      });
      this.logger.error({ consumer, eventId: event?.id, type: event?.type, reason }, 'event parked: it will not be applied');
      this.metrics.parked.inc({ consumer });
    }
    await delivery.drop();
    return 'parked';
  }
}
