import { FieldRuleError } from './errors';

/** A follow-up of a closed Action, some months after: whether its policy was adopted and its practice is still in use. */
export interface FollowUp {
  monthsAfter: number;
  policyAdopted: boolean;
  practiceInUse: boolean;
}

/** Follow-ups are recorded from one month to five years after an Action closes (typically at 6 and 12). */
export const MAX_FOLLOW_UP_MONTHS = 60;

/** Refuses a follow-up dated outside 1 to MAX_FOLLOW_UP_MONTHS months after the closure, naming input.monthsAfter. */
export function assertFollowUpMonths(monthsAfter: number): void {
  if (!Number.isInteger(monthsAfter) || monthsAfter < 1 || monthsAfter > MAX_FOLLOW_UP_MONTHS)
    throw new FieldRuleError('FOLLOW_UP_MONTHS', 'input.monthsAfter', `must be a whole number of months from 1 to ${MAX_FOLLOW_UP_MONTHS}`);
}

/**
 * Whether an Action's results lasted, by its latest follow-up: the policy adopted or the practice
 * still in use. Null without any follow-up (nothing is known yet).
 */
export function isSustained(followUps: readonly FollowUp[]): boolean | null {
  if (followUps.length === 0) return null;
  const latest = followUps.reduce((a, b) => (b.monthsAfter > a.monthsAfter ? b : a));
  return latest.policyAdopted || latest.practiceInUse;
}

/**
 * The sustainability figure: among the Actions followed up (each given by its follow-ups), the share
 * whose latest follow-up finds the policy adopted or the practice still in use. Null when none was followed up.
 */
export function sustainabilityRate(followUpsByAction: readonly (readonly FollowUp[])[]): number | null {
  const known = followUpsByAction.map(isSustained).filter((s): s is boolean => s !== null);
  return known.length === 0 ? null : known.filter(Boolean).length / known.length;
}
