import { EntitySchema, Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** One event written by this service, in the transaction of its change; `position` orders and pages them. */
export interface OutboxRow {
  position: number;
  id: string;
  type: string;
  aggregateId: string;
  /** The whole envelope, as published. */
  body: string;
  /** When the relay had the broker's acknowledgement; null until then (and always without a broker). */
  sentAt: Date | null;
}

/** An event a consumer of this service has applied: a second delivery of it changes nothing. */
export interface ProcessedEventRow {
  consumer: string;
  eventId: string;
  processedAt: Date;
}

/** An event a consumer could not take, kept with the reason until someone looks at it. */
export interface ParkedEventRow {
  id: number;
  consumer: string;
  eventId: string | null;
  type: string | null;
  reason: string;
  body: string;
  parkedAt: Date;
}

/** How far a consumer has read a producer's outbox (the broker-less transport). */
export interface EventCursorRow {
  consumer: string;
  producer: string;
  position: number;
}

export const OutboxEntity = new EntitySchema<OutboxRow>({
  name: 'EventOutbox',
  tableName: 'event_outbox',
  columns: {
    position: { type: 'integer', primary: true, generated: 'increment' },
    id: { type: 'varchar', length: 64, unique: true },
    type: { type: 'varchar', length: 64 },
    aggregateId: { name: 'aggregate_id', type: 'varchar', length: 64 },
    body: { type: 'text' },
    sentAt: { name: 'sent_at', type: 'datetime', precision: 3, nullable: true },
  },
});

export const ProcessedEventEntity = new EntitySchema<ProcessedEventRow>({
  name: 'ProcessedEvent',
  tableName: 'event_processed',
  columns: {
    consumer: { type: 'varchar', length: 64, primary: true },
    eventId: { name: 'event_id', type: 'varchar', length: 64, primary: true },
    processedAt: { name: 'processed_at', type: 'datetime', precision: 3 },
  },
});

export const ParkedEventEntity = new EntitySchema<ParkedEventRow>({
  name: 'ParkedEvent',
  tableName: 'event_parked',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    consumer: { type: 'varchar', length: 64 },
    eventId: { name: 'event_id', type: 'varchar', length: 64, nullable: true },
    type: { type: 'varchar', length: 64, nullable: true },
    reason: { type: 'text' },
    body: { type: 'text' },
    parkedAt: { name: 'parked_at', type: 'datetime', precision: 3 },
  },
});

export const EventCursorEntity = new EntitySchema<EventCursorRow>({
  name: 'EventCursor',
  tableName: 'event_cursor',
  columns: {
    consumer: { type: 'varchar', length: 64, primary: true },
    producer: { type: 'varchar', length: 32, primary: true },
    position: { type: 'integer' },
  },
});

/** The kit's event tables: add them to a service's entities. */
export const EVENT_ENTITIES = [OutboxEntity, ProcessedEventEntity, ParkedEventEntity, EventCursorEntity];

/**
 * The migration creating the event tables, for every service: `export class CreateEventTables<ts>
 * extends EventTablesMigration { name = 'CreateEventTables<ts>' }` in its migrations (table API, so it
 * runs on MySQL and on the embedded database).
 */
export abstract class EventTablesMigration implements MigrationInterface {
  abstract name: string;

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'event_outbox',
        columns: [
          { name: 'position', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'id', type: 'varchar', length: '64', isUnique: true },
          { name: 'type', type: 'varchar', length: '64' },
          { name: 'aggregate_id', type: 'varchar', length: '64' },
          { name: 'body', type: 'text' },
          { name: 'sent_at', type: 'datetime', precision: 3, isNullable: true },
        ],
        indices: [new TableIndex({ name: 'idx_event_outbox_unsent', columnNames: ['sent_at', 'position'] })],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'event_processed',
        columns: [
          { name: 'consumer', type: 'varchar', length: '64', isPrimary: true },
          { name: 'event_id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'processed_at', type: 'datetime', precision: 3 },
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'event_parked',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'consumer', type: 'varchar', length: '64' },
          { name: 'event_id', type: 'varchar', length: '64', isNullable: true },
          { name: 'type', type: 'varchar', length: '64', isNullable: true },
          { name: 'reason', type: 'text' },
          { name: 'body', type: 'text' },
          { name: 'parked_at', type: 'datetime', precision: 3 },
        ],
        indices: [new TableIndex({ name: 'idx_event_parked_consumer', columnNames: ['consumer', 'id'] })],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'event_cursor',
        columns: [
          { name: 'consumer', type: 'varchar', length: '64', isPrimary: true },
          { name: 'producer', type: 'varchar', length: '32', isPrimary: true },
          { name: 'position', type: 'integer' },
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['event_cursor', 'event_parked', 'event_processed', 'event_outbox']) await runner.dropTable(table);
  }
}
