import type { IsoDate } from './dates';
import { FieldRuleError, RuleConflictError } from './errors';
import { allowedTransitions, assertTransition, type StateMachine } from './state-machine';

/**
 * An expert invited to an activity answers: the invitation holds the expert's dates while it waits
 * (no other booking may take them), becomes a deployment only once accepted, and lapses when the
 * expert does not answer in time. The officer may withdraw it while it waits.
 */
export const INVITATION_STATUSES = ['INVITED', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export const INVITATION_LIFECYCLE: StateMachine<InvitationStatus> = {
  entity: 'Invitation',
  statuses: INVITATION_STATUSES,
  transitions: {
    INVITED: ['ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN'],
    ACCEPTED: [],
    DECLINED: [],
    EXPIRED: [],
    WITHDRAWN: [],
  },
};

/** The status of an invitation waiting for its answer: it holds the expert's dates until it expires. */
export const PENDING_INVITATION_STATUS = 'INVITED' satisfies InvitationStatus;

/** Why an invitation is withdrawn: by its officer, with its cancelled activity, or because its expert left the roster. */
export const INVITATION_WITHDRAWAL_REASONS = ['WITHDRAWN', 'ACTIVITY_CANCELLED', 'EXPERT_LEFT'] as const;
export type InvitationWithdrawalReason = (typeof INVITATION_WITHDRAWAL_REASONS)[number];

/** A week to answer, unless the facility configures another time (INVITATION_TTL_HOURS). */
export const DEFAULT_INVITATION_TTL_HOURS = 168;

export const assertInvitationTransition = (from: InvitationStatus, to: InvitationStatus) => assertTransition(INVITATION_LIFECYCLE, from, to);
export const allowedInvitationTransitions = (from: InvitationStatus) => allowedTransitions(INVITATION_LIFECYCLE, from);

const HOUR_MS = 3_600_000;

/**
 * When an invitation sent at `invitedAt` lapses: after its time to answer, and at the latest at the end
 * of its activity's first day (24:00 UTC), as an activity is confirmed on its first day at the latest.
 * An activity past its first day cannot be invited to (ACTIVITY_BEGUN): an expert who took part in it
 * is recorded after the fact instead.
 */
export function invitationExpiresAt(invitedAt: Date, ttlHours: number, startsOn: IsoDate): Date {
  const firstDayEnds = new Date(`${dayAfter(startsOn)}T00:00:00.000Z`);
  const expiresAt = new Date(Math.min(invitedAt.getTime() + ttlHours * HOUR_MS, firstDayEnds.getTime()));
  if (expiresAt.getTime() <= invitedAt.getTime()) {
    throw new RuleConflictError('ACTIVITY_BEGUN', {
      EN: `The activity began on ${startsOn}: experts are invited until its first day; one who took part is recorded after the fact (recordPastDeployment)`,
      FR: `L'activité a commencé le ${startsOn} : les experts sont invités jusqu'à son premier jour ; un expert qui y a pris part est enregistré après coup (recordPastDeployment)`,
    });
  }
  return expiresAt;
}

/**
 * The status an invitation has at `now`: a waiting invitation past its expiry is EXPIRED whether or
 * not that has been written yet, so no background job is needed for the rule to hold.
 */
export function invitationStatusAt(invitation: { status: string; expiresAt: Date }, now: Date): InvitationStatus {
  const status = invitation.status as InvitationStatus;
  return status === PENDING_INVITATION_STATUS && invitation.expiresAt.getTime() <= now.getTime() ? 'EXPIRED' : status;
}

/** The refusal of an answer to an invitation that lapsed. */
export function invitationExpired(expiresAt: Date): RuleConflictError {
  const at = expiresAt.toISOString().slice(0, 16).replace('T', ' ');
  return new RuleConflictError('INVITATION_EXPIRED', {
    EN: `This invitation expired on ${at} UTC without an answer; the project officer may invite you again`,
    FR: `Cette invitation a expiré le ${at} UTC sans réponse ; le chargé de projet peut vous inviter à nouveau`,
  });
}

/** Whether availability periods cover every day of the dates, together (back-to-back periods join). */
export function availabilityCovers(periods: readonly { from: IsoDate; to: IsoDate }[], dates: { startsOn: IsoDate; endsOn: IsoDate }): boolean {
  let coveredTo: IsoDate | null = null;
  for (const period of [...periods].sort((a, b) => a.from.localeCompare(b.from))) {
    const next = coveredTo === null ? dates.startsOn : dayAfter(coveredTo);
    if (period.from > next) break;
    if (coveredTo === null || period.to > coveredTo) coveredTo = period.to;
    if (coveredTo >= dates.endsOn) return true;
  }
  return false;
}

function dayAfter(date: IsoDate): IsoDate {
  const next = new Date(`${date}T00:00:00.000Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/**
 * Invitations keep to the expert's declared availability: dates outside it need the officer's
 * explicit override with a reason, kept on the invitation. Returns the override's reason when it was
 * needed (null when the expert is available); an override not needed is not recorded.
 */
export function availabilityOverride(
  available: boolean,
  dates: { startsOn: IsoDate; endsOn: IsoDate },
  override: { reason: string } | null | undefined,
): string | null {
  if (available) return null;
  if (!override) {
    throw new RuleConflictError('OUTSIDE_AVAILABILITY', {
      EN: `The expert has not declared themselves available from ${dates.startsOn} to ${dates.endsOn}; invite them with overrideAvailability and a reason`,
      FR: `L'expert ne s'est pas déclaré disponible du ${dates.startsOn} au ${dates.endsOn} ; invitez-le avec overrideAvailability et un motif`,
    });
  }
  const reason = override.reason.trim();
  if (reason.length === 0)
    throw new FieldRuleError('OVERRIDE_REASON_REQUIRED', 'overrideAvailability.reason', 'must say why the dates outside availability are asked');
  return reason;
}

/**
 * The move an expert's answer makes: accepted or declined, from a waiting invitation only (a
 * TransitionError naming where it is otherwise). Call it with the status at the time of the answer.
 */
export function answerMove(status: InvitationStatus, accept: boolean): 'ACCEPTED' | 'DECLINED' {
  const to = accept ? 'ACCEPTED' : 'DECLINED';
  assertInvitationTransition(status, to);
  return to;
}

/** An expert who took part in an activity already held is recorded after the fact, with the reason, while on the roster (active or paused). */
export const ROSTER_STATUSES_RECORDABLE_AFTER_THE_FACT = ['ACTIVE', 'INACTIVE'] as const;

export function isRecordableAfterTheFact(rosterStatus: string): boolean {
  return (ROSTER_STATUSES_RECORDABLE_AFTER_THE_FACT as readonly string[]).includes(rosterStatus);
}

/** An invitation as the portfolio counts it: its status and, once accepted, the time it took. */
export interface CountedInvitation {
  status: string;
  invitedAt: string | null;
  acceptedAt: string | null;
}

const DAY_MS = 86_400_000;

/** Whole days from an invitation to its acceptance (null when it was not accepted or its times are not known). */
export function daysToAcceptance(invitation: CountedInvitation): number | null {
  if (invitation.status !== 'ACCEPTED' || !invitation.invitedAt || !invitation.acceptedAt) return null;
  return Math.floor((Date.parse(invitation.acceptedAt) - Date.parse(invitation.invitedAt)) / DAY_MS);
}

/** The portfolio's invitation figures: sent (every invitation made), answered (accepted or declined), accepted. */
export function invitationCounts(invitations: readonly CountedInvitation[]): { sent: number; answered: number; accepted: number } {
  const answered = invitations.filter((i) => i.status === 'ACCEPTED' || i.status === 'DECLINED');
  return { sent: invitations.length, answered: answered.length, accepted: answered.filter((i) => i.status === 'ACCEPTED').length };
}

/** The median of some numbers (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
