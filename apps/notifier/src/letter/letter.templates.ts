import type { EventEnvelope, EventType } from '@mieux/events';
import type { Language, Person, RecipientDirectory } from '../recipient/recipient.client';

/** What an e-mail says: a subject and paragraphs (the text and HTML bodies are made from them). */
export interface Letter {
  subject: string;
  paragraphs: string[];
}

/** Why someone is written to; recorded with each e-mail. */
export type RecipientRole = 'requester' | 'officer' | 'partner' | 'expert';

/** One person to write to about one event, and the letter in each language. */
export interface Addressed {
  person: Person;
  role: RecipientRole;
  letter: Record<Language, Letter>;
}

/**
 * What the notifier does with one type of event: who to write to (asked of their owners) and what to
 * tell each, in English and French. Adding an event to notify is adding its entry to NOTICES.
 */
export type Notice<T extends EventType> = (event: EventEnvelope<T>, directory: RecipientDirectory) => Promise<Addressed[]>;

/** Notices for some of the event types (those of one subject). */
export type Notices = { [T in EventType]?: Notice<T> };

/** A text in each language. */
export type Said = Record<Language, string>;

/** Each person once, whatever the number of roles they hold here (the first named wins). */
export function once(addressed: (Addressed | null)[]): Addressed[] {
  const seen = new Set<string>();
  return addressed.filter((a): a is Addressed => {
    if (!a || seen.has(a.person.email.toLowerCase())) return false;
    seen.add(a.person.email.toLowerCase());
    return true;
  });
}

/** The letter to a person, or nobody when there is no one to write to. */
export const to = (person: Person | null, role: RecipientRole, letter: Record<Language, Letter>): Addressed | null =>
  person ? { person, role, letter } : null;

const ROLES: Record<string, Said> = {
  LEAD_EXPERT: { EN: 'lead expert', FR: 'expert principal' },
  EXPERT: { EN: 'expert', FR: 'expert' },
};

/** An expert's role on an activity as people read it; the code itself for one not named here. */
export const roleName = (code: string): Said => ROLES[code] ?? { EN: code, FR: code };

/** An activity as a letter names it: its title in quotes, or “an activity” when its owner no longer knows it. */
export const activityName = (title: string | null | undefined): Said => ({
  EN: title ? `“${title}”` : 'an activity',
  FR: title ? `« ${title} »` : 'une activité',
});

/** An invitation's deadline as people read it: `2026-12-09 14:00 UTC` (events' times are UTC). */
export const deadline = (expiresAt: string) => `${expiresAt.slice(0, 16).replace('T', ' ')} UTC`;
