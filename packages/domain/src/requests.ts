import type { IsoDate } from './dates';
import type { EligibilityAssessment } from './eligibility';
import type { RequestStatus } from './lifecycles';
import { isCountryEligibleOn } from './countries';
import { eligibleMembersOn, findRegionalOrganisation } from './regional-organisations';
import { isSubTopicCode, THEMATIC_AREAS } from './thematic-areas';

/** Where every request starts: an expression of interest, whoever records it. */
export const INITIAL_REQUEST_STATUS: RequestStatus = 'EXPRESSION_OF_INTEREST';

/** The most activities an Action Fiche may plan (typically 6 or 7). */
export const MAX_PLANNED_ACTIVITIES = 15;

/** A country on that date, or a regional organisation with at least one member eligible on it. */
export function isBeneficiaryEligibleOn(code: string, date: IsoDate): boolean {
  const organisation = findRegionalOrganisation(code);
  return organisation ? eligibleMembersOn(organisation, date).length > 0 : isCountryEligibleOn(code, date);
}

/**
 * Why a request may not name a sub-topic: it is not one, or it belongs to a thematic area the
 * request does not name. Null when it may.
 */
export function subTopicProblem(code: string, thematicAreas: readonly string[]): 'UNKNOWN' | 'OUTSIDE_THEMATIC_AREAS' | null {
  if (!isSubTopicCode(code)) return 'UNKNOWN';
  const named = THEMATIC_AREAS.some((a) => thematicAreas.includes(a.code) && a.subTopics.some((t) => t.code === code));
  return named ? null : 'OUTSIDE_THEMATIC_AREAS';
}

/** Letters, decisions and expressions of interest are recorded when they happened: never later than today. */
export function isInTheFuture(date: IsoDate, today: IsoDate): boolean {
  return date > today;
}

/** How many activities an Action Fiche plans; a count below zero plans none. */
export function plannedActivitiesTotal(planned: readonly { count: number }[]): number {
  return planned.reduce((sum, p) => sum + Math.max(0, p.count), 0);
}

/**
 * The move an eligibility assessment makes: ELIGIBLE when nothing blocks, INELIGIBLE otherwise,
 * with the blocking reasons' codes for the history.
 */
export function assessmentMove(assessment: EligibilityAssessment): { to: RequestStatus; reason: string | null } {
  const blocking = assessment.reasons.filter((r) => r.blocking).map((r) => r.code);
  return { to: assessment.eligible ? 'ELIGIBLE' : 'INELIGIBLE', reason: blocking.length ? blocking.join(', ') : null };
}

/** A request is approved on the day the Steering Committee approves it; a rejected one never is. */
export function approvedOnOf(outcome: 'APPROVED' | 'REJECTED', decidedOn: IsoDate): IsoDate | null {
  return outcome === 'APPROVED' ? decidedOn : null;
}
