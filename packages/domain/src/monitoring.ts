import { FieldRuleError } from './errors';
import { assertTransition, type StateMachine } from './state-machine';

export const RATINGS = ['EXCELLENT', 'VERY_GOOD', 'GOOD', 'FAIR', 'POOR'] as const;
export type Rating = (typeof RATINGS)[number];

export const RESPONDENT_TYPES = ['PARTICIPANT', 'PARTNER_AUTHORITY', 'EXPERT'] as const;
export type RespondentType = (typeof RESPONDENT_TYPES)[number];

export const RESULT_TYPES = [
  'POLICY',
  'STRATEGY',
  'LEGISLATION',
  'STANDARD_OPERATING_PROCEDURE',
  'HANDBOOK',
  'MANUAL',
  'TRAINING_CURRICULUM',
  'OTHER',
] as const;
export type ResultType = (typeof RESULT_TYPES)[number];

export const RESULT_STATUSES = ['DRAFTED', 'ADOPTED'] as const;
export type ResultStatus = (typeof RESULT_STATUSES)[number];

/**
 * A result is drafted, then adopted, on the same record: an adopted policy does not go back to a draft,
 * and a policy supported is counted once whatever its status moves.
 */
export const RESULT_LIFECYCLE: StateMachine<ResultStatus> = {
  entity: 'Result',
  statuses: RESULT_STATUSES,
  transitions: { DRAFTED: ['ADOPTED'], ADOPTED: [] },
};

/** Throws a TransitionError unless a result `from` may become `to`: the next status, or the same one (a correction of its title or date). */
export function assertResultStatusMove(from: ResultStatus, to: ResultStatus): void {
  if (from !== to) assertTransition(RESULT_LIFECYCLE, from, to);
}

/** "Migration policies supported" in the factsheet: results that are a policy or a strategy. */
export const MIGRATION_POLICY_TYPES = ['POLICY', 'STRATEGY'] as const satisfies readonly ResultType[];

export function isMigrationPolicySupported(type: ResultType): boolean {
  return (MIGRATION_POLICY_TYPES as readonly ResultType[]).includes(type);
}

/** Participants counted by gender; the total is their sum, those who did not say included. */
export function participationTotal(counts: { women: number; men: number; undisclosed: number }): number {
  return counts.women + counts.men + counts.undisclosed;
}

/**
 * Satisfaction counts the people MIEUX serves: participants and partner authorities. Experts rate
 * the activities they ran; their ratings are reported apart, never in the satisfaction rate.
 */
export const SATISFACTION_RESPONDENTS = ['PARTICIPANT', 'PARTNER_AUTHORITY'] as const satisfies readonly RespondentType[];

export function countsTowardSatisfaction(respondentType: string): boolean {
  return (SATISFACTION_RESPONDENTS as readonly string[]).includes(respondentType);
}

/**
 * A logframe indicator is measured per period (a year, or the Action's years), each with its target
 * and actual, as in results-based management. An Action runs two or three years: twenty periods (a
 * quarter each for five years) is more than any indicator needs, and bounds the list.
 */
export const MAX_INDICATOR_PERIODS = 20;

/** Refuses a new period for an indicator that has `periods` already, beyond MAX_INDICATOR_PERIODS; a known period is updated. */
export function assertIndicatorPeriodFits(periods: readonly string[], period: string): void {
  if (!periods.includes(period) && periods.length >= MAX_INDICATOR_PERIODS) {
    throw new FieldRuleError('TOO_MANY_PERIODS', 'input.period', `is a new period, and an indicator has at most ${MAX_INDICATOR_PERIODS} periods`);
  }
}

/**
 * The units (as written, whatever their case) of indicators that count people: only these are
 * disaggregated by sex. Units are free text; these are the ones the logframes use for people, in EN and FR.
 */
export const PEOPLE_UNITS = ['people', 'persons', 'participants', 'officials', 'staff', 'trainees', 'personnes', 'agents', 'fonctionnaires'] as const;

export function countsPeople(unit: string): boolean {
  return (PEOPLE_UNITS as readonly string[]).includes(unit.trim().toLowerCase());
}

/**
 * A period's actual by sex, when given: only for a unit that counts people, only beside an actual, and
 * summing to it (those who did not say included); the first problem names `input.actualBySex`.
 */
export function assertActualBySex(unit: string, actual: number | null, bySex: { women: number; men: number; undisclosed: number } | null): void {
  if (bySex === null) return;
  const field = 'input.actualBySex';
  if (!countsPeople(unit))
    throw new FieldRuleError('NOT_COUNTING_PEOPLE', field, `is only for indicators counting people (unit ${PEOPLE_UNITS.join(', ')}), not "${unit}"`);
  if (actual === null) throw new FieldRuleError('BY_SEX_WITHOUT_ACTUAL', field, 'needs the actual it divides');
  const sum = participationTotal(bySex);
  if (sum !== actual) throw new FieldRuleError('BY_SEX_SUM', field, `must sum to the actual (${actual}): women + men + undisclosed is ${sum}`);
}

/** Refuses a unit that does not count people for an indicator whose periods hold actuals by sex (`disaggregated`), naming input.unit. */
export function assertUnitKeepsBySex(unit: string, disaggregated: boolean): void {
  if (disaggregated && !countsPeople(unit))
    throw new FieldRuleError(
      'NOT_COUNTING_PEOPLE',
      'input.unit',
      `must count people (${PEOPLE_UNITS.join(', ')}): periods of this indicator hold actuals by sex`,
    );
}

/** Activities a result may name as having contributed to it: more than any Action holds. */
export const MAX_CONTRIBUTING_ACTIVITIES = 50;

/**
 * The activities a result names as contributing, without repeats, once checked: each of the result's
 * own Action (`ofAction`, with their statuses) and not cancelled; the first problem names `field`.
 */
export function contributingActivities(field: string, given: readonly string[], ofAction: readonly { id: string; status: string }[]): string[] {
  const ids = [...new Set(given)];
  if (ids.length > MAX_CONTRIBUTING_ACTIVITIES)
    throw new FieldRuleError('TOO_MANY_ACTIVITIES', field, `names at most ${MAX_CONTRIBUTING_ACTIVITIES} activities`);
  const statuses = new Map(ofAction.map((a) => [a.id, a.status]));
  const foreign = ids.filter((id) => !statuses.has(id));
  if (foreign.length > 0) throw new FieldRuleError('NOT_OF_THE_ACTION', field, `names activities that are not the Action's: ${foreign.join(', ')}`);
  const cancelled = ids.filter((id) => statuses.get(id) === 'CANCELLED');
  if (cancelled.length > 0)
    throw new FieldRuleError('CANCELLED_ACTIVITY', field, `names cancelled activities, which contributed nothing: ${cancelled.join(', ')}`);
  return ids;
}

/**
 * What is wrong with participants counted by institution type, if anything: a type given twice, or
 * more people than took part (some may not have said where they work, so fewer is fine).
 */
export function institutionTypeCountProblem(counts: readonly { type: string; count: number }[], total: number): string | null {
  if (new Set(counts.map((c) => c.type)).size !== counts.length) return 'names an institution type more than once';
  const sum = counts.reduce((s, c) => s + c.count, 0);
  return sum > total ? `counts ${sum} participants, more than the total (${total})` : null;
}
