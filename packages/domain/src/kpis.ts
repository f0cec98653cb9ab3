import { addCalendarMonths, type IsoDate } from './dates';
import type { Rating } from './monitoring';

/** "Fast response": an Action is ready to launch within three calendar months of approval. */
export const LAUNCH_WITHIN_MONTHS = 3;

/** The date an Action should launch by: approval plus three calendar months (month ends clamped). */
export function launchTarget(approvalDate: IsoDate): IsoDate {
  return addCalendarMonths(approvalDate, LAUNCH_WITHIN_MONTHS);
}

/**
 * Whether an Action launched on time: its first activity started on or before the target. Null
 * while it has not started and the target is still ahead; false once the target has passed.
 */
export function launchedOnTime(approvalDate: IsoDate, firstActivityStart: IsoDate | null, today: IsoDate): boolean | null {
  const target = launchTarget(approvalDate);
  if (firstActivityStart !== null) return firstActivityStart <= target;
  return today > target ? false : null;
}

/** Satisfaction: the share of EXCELLENT and VERY_GOOD ratings; null when nobody rated. */
export function satisfactionRate(counts: Partial<Record<Rating, number>>): number | null {
  const total = Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0);
  if (total === 0) return null;
  return ((counts.EXCELLENT ?? 0) + (counts.VERY_GOOD ?? 0)) / total;
}

/** The share of Actions launched on time among those whose launch is decided (null ones left out). */
export function onTimeLaunchRate(flags: readonly (boolean | null)[]): number | null {
  const decided = flags.filter((f): f is boolean => f !== null);
  if (decided.length === 0) return null;
  return decided.filter(Boolean).length / decided.length;
}

/** How far an indicator has come from its baseline toward its target (1 = reached); null when undefined. */
export function progressTowardTarget(baseline: number, target: number, actual: number | null): number | null {
  if (actual === null || target === baseline) return null;
  return (actual - baseline) / (target - baseline);
}
