import { addCalendarMonths, type IsoDate } from './dates';
import { FieldRuleError } from './errors';
import { allowedActivityTransitions, type ActivityStatus } from './lifecycles';

/** MIEUX began in January 2009: nothing it records happened earlier. */
export const MIEUX_BEGAN_ON: IsoDate = '2009-01-01';

/** Activities are planned at most this many years ahead (an Action runs for two or three). */
export const PLANNING_HORIZON_YEARS = 5;

/** An activity lasts at most this many months (a study visit, a training cycle). */
export const MAX_ACTIVITY_MONTHS = 12;

/** A problem with one field's date: the field, a stable reason code and a sentence. */
export interface DateProblem {
  field: string;
  reason: string;
  message: string;
}

function problem(field: string, reason: string, message: string): DateProblem {
  return { field, reason, message };
}

/** Throws the first problem as a FieldRuleError (BAD_USER_INPUT naming the field, under `prefix` when given: `input.startsOn`). */
export function assertNoDateProblem(problems: readonly (DateProblem | null)[], prefix?: string): void {
  const first = problems.find((p): p is DateProblem => p !== null);
  if (first) throw new FieldRuleError(first.reason, prefix ? `${prefix}.${first.field}` : first.field, first.message);
}

/**
 * A date of something that happened (a result, an evaluation, a letter): not before MIEUX began,
 * not after today.
 */
export function pastDateProblem(field: string, date: IsoDate, today: IsoDate): DateProblem | null {
  if (date < MIEUX_BEGAN_ON) return problem(field, 'BEFORE_MIEUX', `must not be before ${MIEUX_BEGAN_ON}, when MIEUX began`);
  if (date > today) return problem(field, 'IN_THE_FUTURE', `must not be in the future (today is ${today})`);
  return null;
}

/**
 * The dates of an activity of an Action approved on `approvedOn`: it starts no earlier than the
 * approval, no later than the planning horizon, and lasts at most MAX_ACTIVITY_MONTHS.
 */
export function activityDatesProblems(dates: { startsOn: IsoDate; endsOn: IsoDate }, approvedOn: IsoDate, today: IsoDate): DateProblem[] {
  const horizon = addCalendarMonths(today, PLANNING_HORIZON_YEARS * 12);
  const problems: DateProblem[] = [];
  if (dates.startsOn < approvedOn) problems.push(problem('startsOn', 'BEFORE_APPROVAL', `must not be before the Action's approval on ${approvedOn}`));
  if (dates.startsOn > horizon)
    problems.push(problem('startsOn', 'BEYOND_HORIZON', `must not be later than ${horizon} (${PLANNING_HORIZON_YEARS} years ahead)`));
  if (dates.endsOn < dates.startsOn) problems.push(problem('endsOn', 'ENDS_BEFORE_START', 'must not be before startsOn'));
  else if (dates.endsOn > addCalendarMonths(dates.startsOn, MAX_ACTIVITY_MONTHS)) {
    problems.push(problem('endsOn', 'TOO_LONG', `must be within ${MAX_ACTIVITY_MONTHS} months of startsOn`));
  }
  return problems;
}

/**
 * Whether an activity may move to `to` today, by its start date: it is confirmed before it starts
 * (on its first day at the latest) and held only from its start date on.
 */
export function activityMoveProblem(to: string, startsOn: IsoDate, today: IsoDate): DateProblem | null {
  if (to === 'CONFIRMED' && today > startsOn)
    return problem('status', 'ALREADY_STARTED', `an activity is confirmed before it starts (it started on ${startsOn})`);
  if (to === 'HELD' && today < startsOn) return problem('status', 'NOT_STARTED', `an activity is held from its start date on (it starts on ${startsOn})`);
  return null;
}

/**
 * Where an activity can go today: its status's moves, less those its start date does not allow yet
 * (held from its first day on) or any more (confirmed before it starts). What an officer is offered.
 */
export function activityMovesOn(from: ActivityStatus, startsOn: IsoDate, today: IsoDate): ActivityStatus[] {
  return allowedActivityTransitions(from).filter((to) => activityMoveProblem(to, startsOn, today) === null);
}

/**
 * A step of a request dated on `date` follows the steps before it: each earlier step's date (the
 * expression of interest, the letter, the Action Fiche) is on or before it.
 */
export function requestStepProblem(field: string, date: IsoDate, earlier: readonly { step: string; on: IsoDate | null }[]): DateProblem | null {
  const later = earlier.find((e) => e.on !== null && e.on > date);
  return later ? problem(field, 'OUT_OF_ORDER', `must not be before the ${later.step} (${later.on})`) : null;
}

/**
 * Withdrawn consent (or erasure) ends the expert's deployments that have not begun: an active
 * deployment starting after today. Those begun or past stay, as the facts of what happened.
 */
export function endsWithConsent(deployment: { status: string; startsOn: IsoDate }, today: IsoDate): boolean {
  return deployment.status === 'ACTIVE' && deployment.startsOn > today;
}
