import { linkState, type LinkState } from './questionnaire';

/**
 * A partner authority's link to an activity's questionnaire, as a partner institution's standing is
 * read from it: whether it was used, and by which institution when one answered through it signed in.
 */
export interface PartnerAuthorityLink {
  activityId: string;
  actionId: string;
  activityTitle: string;
  openedAt: Date;
  expiresAt: Date;
  used: boolean;
  /** The institution that answered through it; null while unused (and for an answer recorded without one). */
  answeredBy: string | null;
  answeredAt: Date | null;
}

/**
 * Where an activity's questionnaire stands for one partner institution: OPEN while a partner
 * authority's link is unused and unexpired and the institution has not answered; ANSWERED once it
 * has (through any of the links); EXPIRED when it did not answer and no link is left open to it.
 */
export interface InstitutionQuestionnaire {
  activityId: string;
  actionId: string;
  activityTitle: string;
  state: LinkState;
  /** When the evaluation was first opened to partner authorities. */
  openedAt: Date;
  /** OPEN: the last expiry among the open links; ANSWERED: the expiry of the link it used; EXPIRED: the last expiry. */
  closesAt: Date;
  answeredAt: Date | null;
}

const latest = (dates: readonly Date[]) => new Date(Math.max(...dates.map((d) => d.getTime())));
const earliest = (dates: readonly Date[]) => new Date(Math.min(...dates.map((d) => d.getTime())));

/**
 * The questionnaire of one activity for an institution, from that activity's partner authorities'
 * links at `now`; null when none was issued. An institution answers once, whichever link it used.
 */
export function questionnaireForInstitution(institution: string, links: readonly PartnerAuthorityLink[], now: Date): InstitutionQuestionnaire | null {
  if (links.length === 0) return null;
  // The title as the latest opening gave it (an activity renamed between openings shows its new name).
  const { activityId, actionId, activityTitle } = links.reduce((a, b) => (b.openedAt.getTime() > a.openedAt.getTime() ? b : a));
  const openedAt = earliest(links.map((l) => l.openedAt));
  const answered = links.find((l) => l.used && l.answeredBy === institution);
  if (answered) return { activityId, actionId, activityTitle, state: 'ANSWERED', openedAt, closesAt: answered.expiresAt, answeredAt: answered.answeredAt };
  const open = links.filter((l) => linkState(l, now) === 'OPEN');
  const closesAt = latest((open.length ? open : links).map((l) => l.expiresAt));
  return { activityId, actionId, activityTitle, state: open.length ? 'OPEN' : 'EXPIRED', openedAt, closesAt, answeredAt: null };
}

/** The link an institution's answer takes among an activity's partner authorities' links: the open one closing first (null when none is open). */
export function linkToTake<T extends Pick<PartnerAuthorityLink, 'used' | 'expiresAt'>>(links: readonly T[], now: Date): T | null {
  const open = links.filter((l) => linkState(l, now) === 'OPEN').sort((a, b) => a.expiresAt.getTime() - b.expiresAt.getTime());
  return open[0] ?? null;
}

/**
 * The questionnaires an institution is shown, one per activity of the links given (its Actions'): those
 * waiting for its answer and those it answered; one closed without its answer is no longer shown.
 */
export function questionnairesForInstitution(institution: string, links: readonly PartnerAuthorityLink[], now: Date): InstitutionQuestionnaire[] {
  const byActivity = new Map<string, PartnerAuthorityLink[]>();
  for (const link of links) byActivity.set(link.activityId, [...(byActivity.get(link.activityId) ?? []), link]);
  return [...byActivity.values()].flatMap((ofActivity) => {
    const questionnaire = questionnaireForInstitution(institution, ofActivity, now);
    return questionnaire && questionnaire.state !== 'EXPIRED' ? [questionnaire] : [];
  });
}

/** The message a partner's refused answer carries (EN), by where the questionnaire stands for its institution. */
export function institutionRefusal(state: Exclude<LinkState, 'OPEN'>): string {
  return state === 'ANSWERED'
    ? "Your institution has already answered this activity's questionnaire: it answers once"
    : "No questionnaire of this activity is open to your institution: its partner authorities' links were answered or have expired";
}
