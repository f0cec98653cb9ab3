import { FieldRuleError } from './errors';
import type { Labels, Language } from './labels';
import { RATINGS, type Rating, type RespondentType } from './monitoring';

/** How much an activity met a need: the scale of the questionnaire's relevance and usefulness questions. */
export const EXTENTS = ['VERY_MUCH', 'MUCH', 'SOMEWHAT', 'LITTLE', 'NOT_AT_ALL'] as const;
export type Extent = (typeof EXTENTS)[number];

export const RATING_LABELS: Record<Rating, Labels> = {
  EXCELLENT: { EN: 'Excellent', FR: 'Excellent' },
  VERY_GOOD: { EN: 'Very good', FR: 'Très bien' },
  GOOD: { EN: 'Good', FR: 'Bien' },
  FAIR: { EN: 'Fair', FR: 'Passable' },
  POOR: { EN: 'Poor', FR: 'Insuffisant' },
};

export const EXTENT_LABELS: Record<Extent, Labels> = {
  VERY_MUCH: { EN: 'Very much', FR: 'Tout à fait' },
  MUCH: { EN: 'Much', FR: 'Beaucoup' },
  SOMEWHAT: { EN: 'Somewhat', FR: 'En partie' },
  LITTLE: { EN: 'Little', FR: 'Peu' },
  NOT_AT_ALL: { EN: 'Not at all', FR: 'Pas du tout' },
};

export type QuestionKind = 'RATING' | 'EXTENT' | 'TEXT';

export interface Question {
  code: 'OVERALL' | 'RELEVANCE' | 'USEFULNESS' | 'COMMENT';
  kind: QuestionKind;
  required: boolean;
  label: Labels;
}

/**
 * The short questionnaire the people served answer after an activity: an overall rating (the one the
 * satisfaction rate counts), how relevant and how useful it was, and an optional comment.
 */
export const QUESTIONNAIRE: readonly Question[] = [
  {
    code: 'OVERALL',
    kind: 'RATING',
    required: true,
    label: { EN: 'Overall, how would you rate the activity?', FR: "Dans l'ensemble, comment évaluez-vous l'activité ?" },
  },
  {
    code: 'RELEVANCE',
    kind: 'EXTENT',
    required: true,
    label: {
      EN: "How relevant was the activity to your institution's needs?",
      FR: "Dans quelle mesure l'activité répondait-elle aux besoins de votre institution ?",
    },
  },
  {
    code: 'USEFULNESS',
    kind: 'EXTENT',
    required: true,
    label: {
      EN: 'How useful will what you learned be in your work?',
      FR: 'Dans quelle mesure ce que vous avez appris vous sera-t-il utile dans votre travail ?',
    },
  },
  {
    code: 'COMMENT',
    kind: 'TEXT',
    required: false,
    label: { EN: 'Anything you would like to add (optional)', FR: 'Souhaitez-vous ajouter quelque chose ? (facultatif)' },
  },
];

/** The choices of a question, labelled in one language, in the order they are shown (best first). */
export function choicesOf(kind: QuestionKind, language: Language): { code: string; label: string }[] {
  if (kind === 'RATING') return RATINGS.map((code) => ({ code, label: RATING_LABELS[code][language] }));
  if (kind === 'EXTENT') return EXTENTS.map((code) => ({ code, label: EXTENT_LABELS[code][language] }));
  return [];
}

/**
 * Who answers through a link: the people served. Experts give their own feedback apart (they are
 * signed in and deployed on the activity), never through a link, so it never counts as theirs.
 */
export const LINK_RESPONDENTS = ['PARTICIPANT', 'PARTNER_AUTHORITY'] as const satisfies readonly RespondentType[];
export type LinkRespondent = (typeof LINK_RESPONDENTS)[number];

/** Links an opening may issue per respondent type: more than a large workshop's participants. */
export const MAX_LINKS_PER_RESPONDENT_TYPE = 500;
/** How long links stay valid when the officer does not say, and at most. */
export const DEFAULT_LINK_VALIDITY_DAYS = 30;
export const MAX_LINK_VALIDITY_DAYS = 90;

/** An officer's request for links: how many for each respondent type, valid for how many days. */
export interface LinkRequest {
  participants: number;
  partnerAuthorities: number;
  validForDays: number;
}

/** Refuses an opening that issues no link, too many, or is valid for no time or too long (the first problem, naming its field). */
export function assertLinkRequest(request: LinkRequest): void {
  for (const [field, count] of [
    ['input.participants', request.participants],
    ['input.partnerAuthorities', request.partnerAuthorities],
  ] as const) {
    if (!Number.isInteger(count) || count < 0 || count > MAX_LINKS_PER_RESPONDENT_TYPE)
      throw new FieldRuleError('LINK_COUNT', field, `must be a whole number from 0 to ${MAX_LINKS_PER_RESPONDENT_TYPE}`);
  }
  if (request.participants + request.partnerAuthorities === 0)
    throw new FieldRuleError('NO_LINKS', 'input.participants', 'and input.partnerAuthorities are both 0: no link to issue');
  if (!Number.isInteger(request.validForDays) || request.validForDays < 1 || request.validForDays > MAX_LINK_VALIDITY_DAYS)
    throw new FieldRuleError('LINK_VALIDITY', 'input.validForDays', `must be a whole number of days from 1 to ${MAX_LINK_VALIDITY_DAYS}`);
}

/** The respondent type of each link an opening issues, participants first. */
export function linksToIssue(request: Pick<LinkRequest, 'participants' | 'partnerAuthorities'>): LinkRespondent[] {
  return [...Array<LinkRespondent>(request.participants).fill('PARTICIPANT'), ...Array<LinkRespondent>(request.partnerAuthorities).fill('PARTNER_AUTHORITY')];
}

export type LinkState = 'OPEN' | 'ANSWERED' | 'EXPIRED';

/** Where a link stands at `now`: answered once and for all, or expired past its date, or open. */
export function linkState(link: { used: boolean; expiresAt: Date }, now: Date): LinkState {
  if (link.used) return 'ANSWERED';
  return link.expiresAt.getTime() <= now.getTime() ? 'EXPIRED' : 'OPEN';
}

/** The message a refused answer carries (EN), by the link's state. */
export function linkRefusal(state: Exclude<LinkState, 'OPEN'>): string {
  return state === 'ANSWERED' ? 'This evaluation link has already been used: each link takes one answer' : 'This evaluation link has expired';
}
