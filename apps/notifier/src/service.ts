import type { WorkerDefinition } from '@mieux/service-kit';
import { EVENT_ENTITIES } from '@mieux/service-kit';
import { MailSender, messageDomain } from './mail/mail.sender';
import { CreateEventTables1766150000000 } from './migrations/1766150000000-create-event-tables';
import { CreateNotifications1766150000001 } from './migrations/1766150000001-create-notifications';
import { notificationConsumers } from './notification/notification.consumer';
import { NotificationEntity } from './notification/notification.entity';
import { NotificationRepository } from './notification/notification.repository';
import { RecipientDirectory } from './recipient/recipient.client';

/**
 * The notifier: consumes the graph's events and e-mails the people they concern, in their language,
 * once per event and person. Its own database keeps the e-mails sent (never an address) and its
 * consumers' processed ids.
 */
export const notifierService: WorkerDefinition = {
  service: 'notifier',
  entities: [...EVENT_ENTITIES, NotificationEntity],
  migrations: [CreateEventTables1766150000000, CreateNotifications1766150000001],
  // An owner that cannot answer for a while (a restart) fails events for longer than a subgraph's copy would:
  // about half a minute of attempts before one is parked.
  consumerOptions: { maxAttempts: 20 },
  open: ({ config, logger, database }) => {
    const sender = new MailSender(config.mail);
    const consumers = notificationConsumers({
      directory: new RecipientDirectory(config),
      sender,
      notifications: new NotificationRepository(database.dataSource),
      logger: logger.child({ part: 'notifications' }),
      registry: database.queries.registry,
      messageDomain: messageDomain(config.mail.from),
    });
    return { consumers, parts: [{ start: () => undefined, stop: async () => sender.close() }] };
  },
};
