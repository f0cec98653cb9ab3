import { isUniqueViolation } from '@mieux/service-kit';
import type { DataSource } from 'typeorm';
import { NotificationEntity, type NotificationRow } from './notification.entity';

/**
 * The e-mails sent. Written on the database's own connection, not in the consumer's transaction: an
 * e-mail once sent stays recorded even when a later recipient of the same event fails and the event
 * comes again.
 */
export class NotificationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Whether this event was already written about to this recipient. */
  sent(eventId: string, recipient: string): Promise<boolean> {
    return this.dataSource.getRepository(NotificationEntity).existsBy({ eventId, recipient });
  }

  /** Records an e-mail sent; recording it twice (two notifiers racing) keeps the first. */
  async record(row: NotificationRow): Promise<void> {
    try {
      await this.dataSource.getRepository(NotificationEntity).insert(row);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
}
