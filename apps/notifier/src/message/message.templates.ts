import type { EventType } from '@mieux/events';
import { ACTION_NOTICES } from '../action/action.templates';
import { INVITATION_NOTICES } from '../invitation/invitation.templates';
import type { Addressed, Notices } from '../letter/letter.templates';
import { REQUEST_NOTICES } from '../request/request.templates';
import type { Language } from '../recipient/recipient.client';

export type { Addressed, Letter, Notice, RecipientRole } from '../letter/letter.templates';

/** One map of the notices of each subject; an event notified by two of them is a mistake, refused at load. */
export function noticesOf(...subjects: Notices[]): Notices {
  const all: Notices = {};
  for (const subject of subjects) {
    for (const type of Object.keys(subject) as EventType[]) {
      if (all[type]) throw new Error(`${type} has two notices`);
      (all as Record<string, unknown>)[type] = subject[type];
    }
  }
  return all;
}

/**
 * Every event the notifier writes about, by subject (requests, Actions, invitations). Events carry no
 * personal data: each entry asks the owner for the people concerned.
 */
export const NOTICES: Notices = noticesOf(REQUEST_NOTICES, ACTION_NOTICES, INVITATION_NOTICES);

const GREETING: Record<Language, (name: string) => string> = { EN: (name) => `Dear ${name},`, FR: (name) => `Bonjour ${name},` };
const SIGNATURE: Record<Language, string> = {
  EN: 'The MIEUX+ team\n(This message was sent automatically; please do not reply to it.)',
  FR: 'L’équipe MIEUX+\n(Ce message a été envoyé automatiquement ; merci de ne pas y répondre.)',
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The e-mail to one person: their language, a greeting, the letter, a signature; as plain text and HTML. */
export function render(addressed: Addressed): { language: Language; subject: string; text: string; html: string } {
  const { language, name } = addressed.person;
  const letter = addressed.letter[language];
  const paragraphs = [GREETING[language](name), ...letter.paragraphs, SIGNATURE[language]];
  return {
    language,
    subject: letter.subject,
    text: `${paragraphs.join('\n\n')}\n`,
    html: `<!doctype html><html lang="${language.toLowerCase()}"><body>${paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('')}</body></html>`,
  };
}
