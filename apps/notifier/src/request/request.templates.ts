import { once, to, type Notices } from '../letter/letter.templates';

const DECISIONS = {
  APPROVED: { EN: 'was approved', FR: 'a été approuvée' },
  REJECTED: { EN: 'was not approved', FR: 'n’a pas été retenue' },
  REVISION_REQUESTED: { EN: 'was sent back for revision', FR: 'est renvoyée pour révision' },
} as const;

/** A deciding body's code as people write it (DG_INTPA: DG INTPA). */
const bodyName = (code: string | null) => (code ? code.replace(/_/g, ' ') : null);

/**
 * The requester and the officer in charge of a request, told of its arrival and of the Committee's
 * decision. Never the tracking code: it is given once, to the submitter, on screen.
 */
export const REQUEST_NOTICES: Notices = {
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
};
