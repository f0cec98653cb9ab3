import { EntitySchema } from 'typeorm';

/**
 * One e-mail sent about one event to one person: at most one row for an event and a recipient, so
 * a redelivered event, a replay or a relay publishing twice never writes to them again. The address
 * itself is not kept: `recipient` is a digest of it.
 */
export interface NotificationRow {
  eventId: string;
  /** SHA-256 of the lower-cased address (hex): who, without keeping their address. */
  recipient: string;
  eventType: string;
  /** Why they were written to: requester, officer, partner, expert. */
  role: string;
  language: string;
  /** The Message-ID sent, the same for every attempt at this event and recipient. */
  messageId: string;
  sentAt: Date;
}

export const NotificationEntity = new EntitySchema<NotificationRow>({
  name: 'Notification',
  tableName: 'notification',
  columns: {
    eventId: { name: 'event_id', type: 'varchar', length: 64, primary: true },
    recipient: { type: 'varchar', length: 64, primary: true },
    eventType: { name: 'event_type', type: 'varchar', length: 64 },
    role: { type: 'varchar', length: 16 },
    language: { type: 'varchar', length: 2 },
    messageId: { name: 'message_id', type: 'varchar', length: 200 },
    sentAt: { name: 'sent_at', type: 'datetime', precision: 3 },
  },
});
