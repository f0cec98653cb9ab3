import { EventTablesMigration } from '@mieux/service-kit';

/** The outbox of the actions service's events, and the processed ids, parked events and cursors of its consumers. */
export class CreateEventTables1765600000000 extends EventTablesMigration {
  name = 'CreateEventTables1765600000000';
}
