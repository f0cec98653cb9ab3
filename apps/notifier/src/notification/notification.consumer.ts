import { createHash } from 'node:crypto';
import { EVENTS, type EventEnvelope, type EventType, type Producer } from '@mieux/events';
import type { EventConsumerDefinition, Logger } from '@mieux/service-kit';
import { Counter, type Registry } from 'prom-client';
import { NOTICES, render, type Notice } from '../message/message.templates';
import type { MailSender } from '../mail/mail.sender';
import type { RecipientDirectory } from '../recipient/recipient.client';
import type { NotificationRepository } from './notification.repository';

/**
 * Events older than this when they reach the notifier are not written about: a notifier deployed (or
 * replayed) late reads every event from the first, and nobody should learn today of a request received
 * last year (nor the demo portfolio's contacts, at each `npm start`).
 */
export const NOTIFY_WITHIN_MS = 72 * 3600 * 1000;

/** The recipient as the notifier's database and logs name them: a digest of the address, never the address. */
export function recipientKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}

export interface NotifierDeps {
  directory: RecipientDirectory;
  sender: MailSender;
  notifications: NotificationRepository;
  logger: Logger;
  registry: Registry;
  /** Host part of the Message-IDs (the sender's domain). */
  messageDomain: string;
}

/**
 * The notifier's durable consumers, one per producer of an event in NOTICES (`notifier-<producer>`),
 * on the kit's mechanism: each event once per consumer (its id recorded in the consumer's transaction),
 * each e-mail once per event and recipient (the notification table). The order: the e-mail is recorded
 * after the SMTP server accepted it, so a crash between the two sends it again on redelivery (at least
 * once; the repeated Message-ID lets a mail system drop the copy), never loses it.
 */
export function notificationConsumers(deps: NotifierDeps): EventConsumerDefinition[] {
  const sent = new Counter({
    name: 'mieux_notifications_total',
    help: 'E-mails about events: sent, already sent (a redelivery), or not sent because the event was too old.',
    labelNames: ['type', 'outcome'],
    registers: [deps.registry],
  });
  const notify = async (event: EventEnvelope, notice: Notice<EventType>) => {
    if (Date.now() - Date.parse(event.occurredAt) > NOTIFY_WITHIN_MS) {
      sent.inc({ type: event.type, outcome: 'too_old' });
      deps.logger.debug({ eventId: event.id, type: event.type }, 'event too old to write about');
      return;
    }
    for (const addressed of await notice(event, deps.directory)) {
      const recipient = recipientKey(addressed.person.email);
      const log = { eventId: event.id, type: event.type, role: addressed.role, recipient: recipient.slice(0, 12) };
      if (await deps.notifications.sent(event.id, recipient)) {
        sent.inc({ type: event.type, outcome: 'already_sent' });
        deps.logger.info(log, 'e-mail already sent for this event');
        continue;
      }
      const mail = render(addressed);
      const messageId = `<${event.id}.${recipient.slice(0, 16)}@${deps.messageDomain}>`;
      await deps.sender.send({ to: { name: addressed.person.name, address: addressed.person.email }, messageId, ...mail });
      await deps.notifications.record({
        eventId: event.id,
        recipient,
        eventType: event.type,
        role: addressed.role,
        language: mail.language,
        messageId,
        sentAt: new Date(),
      });
      sent.inc({ type: event.type, outcome: 'sent' });
      deps.logger.info({ ...log, language: mail.language }, 'e-mail sent');
    }
  };
  const byProducer = new Map<Producer, EventConsumerDefinition['handlers']>();
  for (const [type, notice] of Object.entries(NOTICES) as [EventType, Notice<EventType>][]) {
    const producer = EVENTS[type].producer;
    const handlers = byProducer.get(producer) ?? {};
    (handlers as Record<string, unknown>)[type] = (event: EventEnvelope) => notify(event, notice);
    byProducer.set(producer, handlers);
  }
  return [...byProducer].map(([producer, handlers]) => ({
    name: `notifier-${producer}`,
    producer,
    handlers,
    // A replay keeps what was sent: the notification table is the memory of e-mails, not a copy to rebuild.
    reset: async () => undefined,
  }));
}
