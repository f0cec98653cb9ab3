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

const DECISIONS = {
  APPROVED: { EN: 'was approved', FR: 'a été approuvée' },
  REJECTED: { EN: 'was not approved', FR: 'n’a pas été retenue' },
  REVISION_REQUESTED: { EN: 'was sent back for revision', FR: 'est renvoyée pour révision' },
} as const;

const ROLES: Record<string, Record<Language, string>> = {
  LEAD_EXPERT: { EN: 'lead expert', FR: 'expert principal' },
  EXPERT: { EN: 'expert', FR: 'expert' },
};

/** A deciding body's code as people write it (DG_INTPA: DG INTPA). */
const bodyName = (code: string | null) => (code ? code.replace(/_/g, ' ') : null);

/** Each person once, whatever the number of roles they hold here (the first named wins). */
function once(addressed: (Addressed | null)[]): Addressed[] {
  const seen = new Set<string>();
  return addressed.filter((a): a is Addressed => {
    if (!a || seen.has(a.person.email.toLowerCase())) return false;
    seen.add(a.person.email.toLowerCase());
    return true;
  });
}

const to = (person: Person | null, role: RecipientRole, letter: Record<Language, Letter>): Addressed | null => (person ? { person, role, letter } : null);

/**
 * Every event the notifier writes about. Events carry no personal data: each entry asks the owner
 * for the people concerned. Never a tracking code: it is given once, to the submitter, on screen.
 */
export const NOTICES: { [T in EventType]?: Notice<T> } = {
  RequestSubmitted: async ({ id, payload }, directory) => {
    const request = await directory.request(payload.requestId, id);
    if (!request) return [];
    const { reference: ref, title } = request;
    const on = payload.submittedAt.slice(0, 10);
    return once([
      to(request.contact, 'requester', {
        EN: {
          subject: `MIEUX+: your request ${ref} was received`,
          paragraphs: [
            `Your expression of interest “${title}” was received on ${on}. Its reference is ${ref}.`,
            'With this reference and the tracking code shown when you submitted it, you can follow your request on the MIEUX+ portal. The project officer in charge will contact you about the next steps.',
          ],
        },
        FR: {
          subject: `MIEUX+ : votre demande ${ref} a bien été reçue`,
          paragraphs: [
            `Votre manifestation d’intérêt « ${title} » a été reçue le ${on}. Sa référence est ${ref}.`,
            'Avec cette référence et le code de suivi affiché lors de l’envoi, vous pouvez suivre votre demande sur le portail MIEUX+. Le chargé de projet responsable vous contactera pour la suite.',
          ],
        },
      }),
      to(request.officer, 'officer', {
        EN: {
          subject: `MIEUX+: new request ${ref} assigned to you`,
          paragraphs: [`A new expression of interest, “${title}” (${ref}, ${payload.beneficiaryCode}), arrived on ${on} and is in your hands.`],
        },
        FR: {
          subject: `MIEUX+ : nouvelle demande ${ref} qui vous est confiée`,
          paragraphs: [`Une nouvelle manifestation d’intérêt, « ${title} » (${ref}, ${payload.beneficiaryCode}), est arrivée le ${on} et vous est confiée.`],
        },
      }),
    ]);
  },

  RequestDecided: async ({ id, payload }, directory) => {
    const request = await directory.request(payload.requestId, id);
    if (!request) return [];
    const { reference: ref, title } = request;
    const decision = DECISIONS[payload.decision];
    const body = bodyName(payload.body);
    const by = { EN: `The Steering Committee${body ? ` (${body})` : ''} has decided on`, FR: `Le Comité de pilotage${body ? ` (${body})` : ''} a statué sur` };
    const when = { EN: payload.decidedOn ? ` on ${payload.decidedOn}` : '', FR: payload.decidedOn ? ` le ${payload.decidedOn}` : '' };
    const next = {
      APPROVED: {
        EN: 'The project officer in charge will contact you to prepare the Action.',
        FR: 'Le chargé de projet responsable vous contactera pour préparer l’Action.',
      },
      REJECTED: {
        EN: 'The project officer in charge will contact you to explain the decision.',
        FR: 'Le chargé de projet responsable vous contactera pour expliquer la décision.',
      },
      REVISION_REQUESTED: {
        EN: 'The project officer in charge will revise the Action Fiche with you before it goes back to the Committee.',
        FR: 'Le chargé de projet responsable révisera la fiche d’Action avec vous avant de la présenter à nouveau au Comité.',
      },
    }[payload.decision];
    return once([
      to(request.contact, 'requester', {
        EN: {
          subject: `MIEUX+: your request ${ref} ${decision.EN}`,
          paragraphs: [`${by.EN} your request “${title}” (${ref})${when.EN}: it ${decision.EN}.`, next.EN],
        },
        FR: {
          subject: `MIEUX+ : votre demande ${ref} ${decision.FR}`,
          paragraphs: [`${by.FR} votre demande « ${title} » (${ref})${when.FR} : elle ${decision.FR}.`, next.FR],
        },
      }),
      to(request.officer, 'officer', {
        EN: { subject: `MIEUX+: request ${ref} ${decision.EN}`, paragraphs: [`${by.EN} the request “${title}” (${ref})${when.EN}: it ${decision.EN}.`] },
        FR: {
          subject: `MIEUX+ : la demande ${ref} ${decision.FR}`,
          paragraphs: [`${by.FR} la demande « ${title} » (${ref})${when.FR} : elle ${decision.FR}.`],
        },
      }),
    ]);
  },

  ActionCreated: async ({ id, payload }, directory) => {
    const request = await directory.request(payload.requestId, id);
    if (!request) return [];
    const action = payload.reference;
    const letter = {
      EN: {
        subject: `MIEUX+: your Action ${action} has begun`,
        paragraphs: [
          `The Action ${action} was created from your request “${request.title}” (${request.reference}).`,
          'Sign in to the MIEUX+ portal as your institution to follow its activities, experts and results.',
        ],
      },
      FR: {
        subject: `MIEUX+ : votre Action ${action} a commencé`,
        paragraphs: [
          `L’Action ${action} a été créée à partir de votre demande « ${request.title} » (${request.reference}).`,
          'Connectez-vous au portail MIEUX+ au nom de votre institution pour suivre ses activités, ses experts et ses résultats.',
        ],
      },
    };
    // The institution's focal points when it is linked; the request's contact otherwise.
    const partners = request.partners.length > 0 ? request.partners : request.contact ? [request.contact] : [];
    return once(partners.map((person) => to(person, 'partner', letter)));
  },

  ExpertDeployed: async ({ id, payload }, directory) => {
    const { expert, activityTitle } = await directory.expert(payload.expertId, payload.activityId, id);
    const role = ROLES[payload.role] ?? { EN: payload.role, FR: payload.role };
    const what = { EN: activityTitle ? `“${activityTitle}”` : 'an activity', FR: activityTitle ? `« ${activityTitle} »` : 'une activité' };
    return once([
      to(expert, 'expert', {
        EN: {
          subject: 'MIEUX+: you are deployed on an activity',
          paragraphs: [
            `You are deployed as ${role.EN} on ${what.EN}, from ${payload.startsOn} to ${payload.endsOn}.`,
            'The project officer in charge will contact you with the details; your deployments are in your space on the MIEUX+ portal.',
          ],
        },
        FR: {
          subject: 'MIEUX+ : vous êtes déployé(e) sur une activité',
          paragraphs: [
            `Vous êtes déployé(e) comme ${role.FR} sur ${what.FR}, du ${payload.startsOn} au ${payload.endsOn}.`,
            'Le chargé de projet responsable vous contactera avec les détails ; vos déploiements sont dans votre espace du portail MIEUX+.',
          ],
        },
      }),
    ]);
  },

  // The expert alone is told of an invitation: nothing of the officer or of other experts, and never the
  // terms of reference in the e-mail (they are read, and the invitation answered, in the expert's space).
  ExpertInvited: async ({ id, payload }, directory) => {
    const { expert, activityTitle } = await directory.expert(payload.expertId, payload.activityId, id);
    const role = ROLES[payload.role] ?? { EN: payload.role, FR: payload.role };
    const what = { EN: activityTitle ? `“${activityTitle}”` : 'an activity', FR: activityTitle ? `« ${activityTitle} »` : 'une activité' };
    const by = deadline(payload.expiresAt);
    const outside = {
      EN: payload.outsideAvailability ? ['These dates lie outside the availability you declared: decline if you cannot take them.'] : [],
      FR: payload.outsideAvailability
        ? ['Ces dates sont en dehors des disponibilités que vous avez déclarées : déclinez si vous ne pouvez pas les prendre.']
        : [],
    };
    return once([
      to(expert, 'expert', {
        EN: {
          subject: 'MIEUX+: you are invited to an activity',
          paragraphs: [
            `You are invited as ${role.EN} on ${what.EN}, from ${payload.startsOn} to ${payload.endsOn}. These dates are held for you until ${by}.`,
            ...outside.EN,
            `Please read the terms of reference and accept or decline in your space on the MIEUX+ portal by ${by}; without an answer by then, the invitation expires.`,
          ],
        },
        FR: {
          subject: 'MIEUX+ : vous êtes invité(e) sur une activité',
          paragraphs: [
            `Vous êtes invité(e) comme ${role.FR} sur ${what.FR}, du ${payload.startsOn} au ${payload.endsOn}. Ces dates vous sont réservées jusqu’au ${by}.`,
            ...outside.FR,
            `Merci de lire les termes de référence et d’accepter ou de décliner dans votre espace du portail MIEUX+ avant le ${by} ; sans réponse d’ici là, l’invitation expire.`,
          ],
        },
      }),
    ]);
  },

  InvitationAccepted: answered(true),
  InvitationDeclined: answered(false),
};

/** An invitation's deadline as people read it: `2026-12-09 14:00 UTC` (events' times are UTC). */
const deadline = (expiresAt: string) => `${expiresAt.slice(0, 16).replace('T', ' ')} UTC`;

/**
 * The officer in charge of the invitation's Action told of the expert's answer. No officer assigned, or
 * none with an e-mail recorded, is nobody to write to: the answer stays on the activity's invitations.
 */
function answered(accepted: boolean): Notice<'InvitationAccepted' | 'InvitationDeclined'> {
  return async ({ id, payload }, directory) => {
    const activity = await directory.activityOfficer(payload.activityId, id);
    if (!activity?.officer) return [];
    const expert = await directory.expertPerson(payload.expertId, id);
    const { title, actionReference: ref } = activity;
    const who = { EN: expert?.name || 'The expert invited', FR: expert?.name || 'L’expert invité' };
    return once([
      to(activity.officer, 'officer', {
        EN: accepted
          ? {
              subject: `MIEUX+: invitation accepted on ${ref}`,
              paragraphs: [`${who.EN} accepted the invitation to “${title}” (${ref}): the deployment is made, on the invitation’s dates.`],
            }
          : {
              subject: `MIEUX+: invitation declined on ${ref}`,
              paragraphs: [
                `${who.EN} declined the invitation to “${title}” (${ref}): the dates are free again.`,
                'A reason, when given, is with the activity’s invitations on the MIEUX+ portal; another expert can be invited.',
              ],
            },
        FR: accepted
          ? {
              subject: `MIEUX+ : invitation acceptée sur ${ref}`,
              paragraphs: [`${who.FR} a accepté l’invitation à « ${title} » (${ref}) : le déploiement est fait, aux dates de l’invitation.`],
            }
          : {
              subject: `MIEUX+ : invitation déclinée sur ${ref}`,
              paragraphs: [
                `${who.FR} a décliné l’invitation à « ${title} » (${ref}) : les dates sont libres à nouveau.`,
                'La raison, si elle a été donnée, figure avec les invitations de l’activité sur le portail MIEUX+ ; un autre expert peut être invité.',
              ],
            },
      }),
    ]);
  };
}

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
