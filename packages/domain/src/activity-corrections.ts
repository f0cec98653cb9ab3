import { TransitionError } from './errors';
import type { ActivityStatus } from './lifecycles';

/**
 * "Design and fine-tuning of activities": an activity is rescheduled or corrected while it is still
 * to happen. A held activity stays as it happened (its participants and evaluations are of those
 * dates), a cancelled one as it was cancelled.
 */
export const ACTIVITY_STATUSES_CORRECTABLE = ['PLANNED', 'CONFIRMED'] as const satisfies readonly ActivityStatus[];

/** Throws a TransitionError naming the statuses that allow it unless an activity in `status` may be corrected. */
export function assertActivityCorrectable(status: ActivityStatus): void {
  if (!(ACTIVITY_STATUSES_CORRECTABLE as readonly string[]).includes(status)) {
    throw new TransitionError('Activity', status, status, ACTIVITY_STATUSES_CORRECTABLE, 'it is rescheduled or corrected only while');
  }
}

/** What a correction may change of an activity: its title, format, dates, place and working languages (its type stays, as the Action Fiche planned it). */
export const ACTIVITY_CORRECTABLE_FIELDS = ['title', 'format', 'startsOn', 'endsOn', 'countryCode', 'city', 'online', 'workingLanguages'] as const;
export type ActivityCorrectableField = (typeof ACTIVITY_CORRECTABLE_FIELDS)[number];
export type CorrectableActivity = Record<Exclude<ActivityCorrectableField, 'city' | 'online' | 'workingLanguages'>, string> & {
  city: string | null;
  online: boolean;
  workingLanguages: readonly string[];
};

/** One field a correction changed, as text (dates ISO, online "true" or "false", languages as codes separated by commas). */
export interface ActivityFieldChange {
  field: ActivityCorrectableField;
  from: string | null;
  to: string | null;
}

const asText = (value: string | boolean | null | readonly string[]) => (value === null ? null : Array.isArray(value) ? value.join(',') : String(value));

/** The fields whose value a correction changes, in the order of ACTIVITY_CORRECTABLE_FIELDS; empty when it changes nothing. */
export function activityChanges(before: CorrectableActivity, after: CorrectableActivity): ActivityFieldChange[] {
  return ACTIVITY_CORRECTABLE_FIELDS.filter((field) => asText(before[field]) !== asText(after[field])).map((field) => ({
    field,
    from: asText(before[field]),
    to: asText(after[field]),
  }));
}

/** Whether the changes move the activity's dates: the experts deployed on it move with it, and must be free on the new dates. */
export function reschedules(changes: readonly ActivityFieldChange[]): boolean {
  return changes.some((c) => c.field === 'startsOn' || c.field === 'endsOn');
}
