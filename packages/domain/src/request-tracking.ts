import type { Labels } from './labels';
import type { RequestStatus } from './lifecycles';

/** What happens next to a request, told to whoever tracks it by reference and code (EN/FR). */
export const NEXT_STEPS: Record<RequestStatus, Labels> = {
  EXPRESSION_OF_INTEREST: {
    EN: 'Send the official request letter, signed by your institution, through the EU Delegation or to the MIEUX+ team. A project officer will then check eligibility.',
    FR: "Envoyez la lettre de demande officielle, signée par votre institution, par la Délégation de l'UE ou à l'équipe MIEUX+. Un chargé de projet vérifiera ensuite l'éligibilité.",
  },
  SUBMITTED: {
    EN: 'The official letter is received. A project officer is checking the eligibility of the request.',
    FR: "La lettre officielle est reçue. Un chargé de projet vérifie l'éligibilité de la demande.",
  },
  ELIGIBLE: {
    EN: 'The request is eligible. The MIEUX+ team is drafting the Action Fiche with your institution.',
    FR: "La demande est éligible. L'équipe MIEUX+ rédige la fiche d'Action avec votre institution.",
  },
  INELIGIBLE: {
    EN: 'The request is not eligible. The MIEUX+ team has written to the contact person with the reasons.',
    FR: "La demande n'est pas éligible. L'équipe MIEUX+ a écrit à la personne de contact en donnant les raisons.",
  },
  ACTION_FICHE_DRAFTED: {
    EN: 'The Action Fiche is ready. The Steering Committee will decide on the request at its next meeting.',
    FR: "La fiche d'Action est prête. Le comité de pilotage se prononcera sur la demande à sa prochaine réunion.",
  },
  REVISION_REQUESTED: {
    EN: 'The Steering Committee asked for a revision of the Action Fiche. The MIEUX+ team is revising it with your institution.',
    FR: "Le comité de pilotage a demandé une révision de la fiche d'Action. L'équipe MIEUX+ la révise avec votre institution.",
  },
  APPROVED: {
    EN: 'The Steering Committee approved the request. The Action is being planned with your institution.',
    FR: "Le comité de pilotage a approuvé la demande. L'Action est planifiée avec votre institution.",
  },
  REJECTED: {
    EN: 'The Steering Committee did not approve the request. The MIEUX+ team has written to the contact person.',
    FR: "Le comité de pilotage n'a pas approuvé la demande. L'équipe MIEUX+ a écrit à la personne de contact.",
  },
  WITHDRAWN: {
    EN: 'The request was withdrawn. Nothing more will happen to it.',
    FR: "La demande a été retirée. Elle n'aura pas de suite.",
  },
};

/** The shape of a tracking code: ten letters and digits in two groups, without the ones read alike (0/O, 1/I/L). */
export const TRACKING_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const TRACKING_CODE_PATTERN = /^[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}$/;

/** A tracking code from ten random numbers (0-255 each): each picks a character of the alphabet. */
export function trackingCodeOf(random: readonly number[]): string {
  if (random.length !== 10) throw new RangeError('a tracking code needs ten random numbers');
  const chars = random.map((n) => TRACKING_CODE_ALPHABET[n % TRACKING_CODE_ALPHABET.length]);
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
}

/** A code as typed by a person (lower case, spaces, no dash) in its canonical form, or null when it cannot be one. */
export function normaliseTrackingCode(typed: string): string | null {
  const compact = typed.toUpperCase().replace(/[\s-]/g, '');
  const code = `${compact.slice(0, 5)}-${compact.slice(5)}`;
  return TRACKING_CODE_PATTERN.test(code) ? code : null;
}
