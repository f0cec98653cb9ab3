import { TransitionError } from './errors';
import { allowedTransitions, assertTransition, canTransition, isFinal, type StateMachine } from './state-machine';

export const REQUEST_STATUSES = [
  'EXPRESSION_OF_INTEREST',
  'SUBMITTED',
  'ELIGIBLE',
  'INELIGIBLE',
  'ACTION_FICHE_DRAFTED',
  'REVISION_REQUESTED',
  'APPROVED',
  'REJECTED',
  'WITHDRAWN',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/**
 * DOMAIN.md's table: the only legal moves of a request; any non-final status may be withdrawn. The
 * Steering Committee may also send an Action Fiche back for revision (REVISION_REQUESTED), from
 * where the project officer drafts it again.
 */
export const REQUEST_LIFECYCLE: StateMachine<RequestStatus> = {
  entity: 'Request',
  statuses: REQUEST_STATUSES,
  transitions: {
    EXPRESSION_OF_INTEREST: ['SUBMITTED', 'WITHDRAWN'],
    SUBMITTED: ['ELIGIBLE', 'INELIGIBLE', 'WITHDRAWN'],
    ELIGIBLE: ['ACTION_FICHE_DRAFTED', 'WITHDRAWN'],
    ACTION_FICHE_DRAFTED: ['APPROVED', 'REJECTED', 'REVISION_REQUESTED', 'WITHDRAWN'],
    REVISION_REQUESTED: ['ACTION_FICHE_DRAFTED', 'WITHDRAWN'],
    INELIGIBLE: [],
    APPROVED: [],
    REJECTED: [],
    WITHDRAWN: [],
  },
};

export const ACTION_STATUSES = ['PLANNED', 'IN_IMPLEMENTATION', 'COMPLETED', 'CLOSED', 'CANCELLED'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_LIFECYCLE: StateMachine<ActionStatus> = {
  entity: 'Action',
  statuses: ACTION_STATUSES,
  transitions: {
    PLANNED: ['IN_IMPLEMENTATION', 'CANCELLED'],
    IN_IMPLEMENTATION: ['COMPLETED', 'CANCELLED'],
    COMPLETED: ['CLOSED', 'CANCELLED'],
    CLOSED: [],
    CANCELLED: [],
  },
};

export const ACTIVITY_STATUSES = ['PLANNED', 'CONFIRMED', 'HELD', 'CANCELLED'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const ACTIVITY_LIFECYCLE: StateMachine<ActivityStatus> = {
  entity: 'Activity',
  statuses: ACTIVITY_STATUSES,
  transitions: {
    PLANNED: ['CONFIRMED', 'HELD', 'CANCELLED'],
    CONFIRMED: ['HELD', 'CANCELLED'],
    HELD: [],
    CANCELLED: [],
  },
};

/** An expert's deployment on an activity: active until cancelled, which frees the expert's dates. */
export const DEPLOYMENT_STATUSES = ['ACTIVE', 'CANCELLED'] as const;
export type DeploymentStatus = (typeof DEPLOYMENT_STATUSES)[number];

export const DEPLOYMENT_LIFECYCLE: StateMachine<DeploymentStatus> = {
  entity: 'Deployment',
  statuses: DEPLOYMENT_STATUSES,
  transitions: {
    ACTIVE: ['CANCELLED'],
    CANCELLED: [],
  },
};

/** The Expert Roster: vetted applicants become active, may pause and come back; refusal is final. */
export const ROSTER_STATUSES = ['APPLIED', 'ACTIVE', 'INACTIVE', 'REFUSED'] as const;
export type RosterStatus = (typeof ROSTER_STATUSES)[number];

export const ROSTER_LIFECYCLE: StateMachine<RosterStatus> = {
  entity: 'Expert',
  statuses: ROSTER_STATUSES,
  transitions: {
    APPLIED: ['ACTIVE', 'REFUSED', 'INACTIVE'],
    ACTIVE: ['INACTIVE'],
    INACTIVE: ['ACTIVE'],
    REFUSED: [],
  },
};

export const allowedRequestTransitions = (from: RequestStatus) => allowedTransitions(REQUEST_LIFECYCLE, from);
export const canTransitionRequest = (from: RequestStatus, to: RequestStatus) => canTransition(REQUEST_LIFECYCLE, from, to);
export const assertRequestTransition = (from: RequestStatus, to: RequestStatus) => assertTransition(REQUEST_LIFECYCLE, from, to);
export const isFinalRequestStatus = (status: RequestStatus) => isFinal(REQUEST_LIFECYCLE, status);

export const allowedActionTransitions = (from: ActionStatus) => allowedTransitions(ACTION_LIFECYCLE, from);
export const assertActionTransition = (from: ActionStatus, to: ActionStatus) => assertTransition(ACTION_LIFECYCLE, from, to);
export const allowedActivityTransitions = (from: ActivityStatus) => allowedTransitions(ACTIVITY_LIFECYCLE, from);
export const assertActivityTransition = (from: ActivityStatus, to: ActivityStatus) => assertTransition(ACTIVITY_LIFECYCLE, from, to);
export const assertDeploymentTransition = (from: DeploymentStatus, to: DeploymentStatus) => assertTransition(DEPLOYMENT_LIFECYCLE, from, to);
export const assertRosterTransition = (from: RosterStatus, to: RosterStatus) => assertTransition(ROSTER_LIFECYCLE, from, to);

/** A request is corrected (its title, description, institutions, thematic areas) until its eligibility is assessed. */
export const REQUEST_STATUSES_EDITABLE = ['EXPRESSION_OF_INTEREST', 'SUBMITTED'] as const satisfies readonly RequestStatus[];

/** Throws a TransitionError naming the statuses that allow it unless the request may be corrected. */
export function assertRequestEditable(status: RequestStatus): void {
  if (!(REQUEST_STATUSES_EDITABLE as readonly string[]).includes(status)) {
    throw new TransitionError('Request', status, status, REQUEST_STATUSES_EDITABLE, 'it is corrected only while');
  }
}

/**
 * Drafting an Action Fiche: the first draft of an eligible request, a new draft after the Steering
 * Committee asked for a revision, or a revision of the draft before the decision (the status stays).
 * A revision gives the fiche a new version; earlier versions stay readable.
 */
export function actionFicheDraftMove(from: RequestStatus): { to: RequestStatus; revision: boolean } {
  if (from === 'ACTION_FICHE_DRAFTED') return { to: from, revision: true };
  assertRequestTransition(from, 'ACTION_FICHE_DRAFTED');
  return { to: 'ACTION_FICHE_DRAFTED', revision: from === 'REVISION_REQUESTED' };
}

/**
 * A project officer overriding the automatic eligibility result, with a rationale: before the
 * assessment or after it, until the Action Fiche is drafted. INELIGIBLE is otherwise final.
 */
export const ELIGIBILITY_OVERRIDES: Readonly<Partial<Record<RequestStatus, readonly RequestStatus[]>>> = {
  SUBMITTED: ['ELIGIBLE', 'INELIGIBLE'],
  ELIGIBLE: ['INELIGIBLE'],
  INELIGIBLE: ['ELIGIBLE'],
};

/** The status an override to `eligible` moves a request to; a TransitionError when it may not be overridden so. */
export function eligibilityOverrideMove(from: RequestStatus, eligible: boolean): RequestStatus {
  const to: RequestStatus = eligible ? 'ELIGIBLE' : 'INELIGIBLE';
  const allowed = ELIGIBILITY_OVERRIDES[from] ?? [];
  if (!allowed.includes(to)) throw new TransitionError('Request', from, to, allowed);
  return to;
}

/** The members of the Project Steering Committee (DOMAIN.md): the body a decision is recorded under. */
export const DECIDING_BODIES = ['DG_INTPA', 'DG_HOME', 'DG_NEAR', 'EEAS'] as const;
export type DecidingBody = (typeof DECIDING_BODIES)[number];

/** What the Steering Committee decides on an Action Fiche: the two final outcomes, or a revision. */
export const DECISION_OUTCOMES = ['APPROVED', 'REJECTED', 'REVISION_REQUESTED'] as const satisfies readonly RequestStatus[];
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** Whether a decision closes the request (approval or rejection) rather than sending the fiche back. */
export function isFinalDecision(outcome: DecisionOutcome): outcome is 'APPROVED' | 'REJECTED' {
  return outcome !== 'REVISION_REQUESTED';
}

/** An approved request, and only an approved request, opens an Action (DOMAIN.md). */
export const REQUEST_STATUS_OPENING_AN_ACTION = 'APPROVED' satisfies RequestStatus;

export function opensAnAction(requestStatus: string): boolean {
  return requestStatus === REQUEST_STATUS_OPENING_AN_ACTION;
}

/** Experts are deployed only while active on the roster. */
export const ROSTER_STATUSES_DEPLOYABLE = ['ACTIVE'] as const satisfies readonly RosterStatus[];

export function isDeployable(rosterStatus: string): boolean {
  return (ROSTER_STATUSES_DEPLOYABLE as readonly string[]).includes(rosterStatus);
}

/** A cancelled activity frees the experts deployed on it: their deployments are cancelled with it. */
export function releasesDeployments(activityStatus: string): boolean {
  return activityStatus === 'CANCELLED';
}

/** The status no portfolio figure counts: a cancelled Action or activity did not happen. */
export const STATUS_NOT_COUNTED = 'CANCELLED' satisfies ActionStatus & ActivityStatus;

/** The deployment status that books an expert's dates and counts as deployed. */
export const BOOKING_DEPLOYMENT_STATUS = 'ACTIVE' satisfies DeploymentStatus;

/** What happened at an activity (participation, evaluations) is recorded once it is held. */
export const ACTIVITY_STATUS_OPEN_FOR_RECORDING = 'HELD' satisfies ActivityStatus;

/** Participation and evaluations are recorded only for a held activity: a planned one has no participants yet. */
export function isOpenForRecording(activityStatus: string): boolean {
  return activityStatus === ACTIVITY_STATUS_OPEN_FOR_RECORDING;
}

/** The year an Action's reference is numbered in: the year of its approval. */
export function actionReferenceYear(approvedOn: string): number {
  return Number(approvedOn.slice(0, 4));
}

/** An Action's readable reference, MIEUX-<year of approval>-<nnn>, e.g. MIEUX-2016-007. */
export function actionReference(year: number, numberInYear: number): string {
  return `MIEUX-${year}-${String(numberInYear).padStart(3, '0')}`;
}

/** An Action launches with its first activity held (DOMAIN.md: fast response). */
export const LAUNCHING_ACTIVITY_STATUS = 'HELD' satisfies ActivityStatus;

/** When an Action launched: the start of its first activity held; null while none is held. */
export function launchedOnOf(activities: readonly { status: string; startsOn: string }[]): string | null {
  const starts = activities.filter((a) => a.status === LAUNCHING_ACTIVITY_STATUS).map((a) => a.startsOn);
  return starts.length === 0 ? null : starts.reduce((first, start) => (start < first ? start : first));
}

/** An Action takes new activities until it is completed, closed or cancelled. */
export const ACTION_STATUSES_OPEN_FOR_PLANNING = ['PLANNED', 'IN_IMPLEMENTATION'] as const satisfies readonly ActionStatus[];

/** Whether activities may be planned for an Action in this status. */
export function isOpenForPlanning(status: string): boolean {
  return (ACTION_STATUSES_OPEN_FOR_PLANNING as readonly string[]).includes(status);
}

/** Experts are deployed to activities still to be held. */
export const ACTIVITY_STATUSES_OPEN_FOR_DEPLOYMENT = ['PLANNED', 'CONFIRMED'] as const satisfies readonly ActivityStatus[];

/** Whether experts may be deployed to an activity in this status. */
export function isOpenForDeployment(status: string): boolean {
  return (ACTIVITY_STATUSES_OPEN_FOR_DEPLOYMENT as readonly string[]).includes(status);
}

/**
 * The status an Action moves to as its activities change: implementation starts with the first
 * activity held, completes when every activity is held or cancelled (one at least held).
 * Cancelled, completed and closed Actions stay as they are: closing is a project officer's act
 * (`closeAction`) once the final evaluation is recorded, not a consequence of the activities.
 */
export function deriveActionStatus(current: ActionStatus, activityStatuses: readonly ActivityStatus[]): ActionStatus {
  if (current !== 'PLANNED' && current !== 'IN_IMPLEMENTATION') return current;
  if (!activityStatuses.includes('HELD')) return current;
  const allDone = activityStatuses.every((s) => s === 'HELD' || s === 'CANCELLED');
  return allDone ? 'COMPLETED' : 'IN_IMPLEMENTATION';
}
