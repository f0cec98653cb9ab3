import { EventTablesMigration } from '@mieux/service-kit';

/** The processed ids, parked events and cursors of the portfolio's consumers (its outbox stays empty: it publishes nothing). */
export class CreateEventTables1766000000000 extends EventTablesMigration {
  name = 'CreateEventTables1766000000000';
}
