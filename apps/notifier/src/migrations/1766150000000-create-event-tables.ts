import { EventTablesMigration } from '@mieux/service-kit';

/** The processed ids, parked events and cursors of the notifier's consumers (its outbox stays empty). */
export class CreateEventTables1766150000000 extends EventTablesMigration {
  name = 'CreateEventTables1766150000000';
}
