import type { PortfolioDimension } from './portfolio-filter';

/**
 * The portfolio's counting rules, shared by every service that computes figures and by any read
 * model that must reproduce them.
 *
 * - Actions and activities that are cancelled are not counted (STATUS_NOT_COUNTED).
 * - A slice of a dimension holds Actions and activities. By thematic area, region and country an
 *   activity is counted with its Action (an Action of several thematic areas is in each of their
 *   slices: thematic slices overlap). By year, an Action is counted in the year of its approval and
 *   an activity in the year it starts (is held): participants follow their activities. By activity
 *   type, an activity is counted under its type and an Action under each type of its activities.
 */
export interface CountedAction {
  beneficiaryCode: string;
  region: string | null;
  approvedOn: string;
  thematicAreas: readonly string[];
}

export interface CountedActivity {
  type: string;
  startsOn: string;
}

/** The slice values an Action is counted under, given its counted activities. */
export function actionSliceValues(dimension: PortfolioDimension, action: CountedAction, activities: readonly CountedActivity[]): string[] {
  switch (dimension) {
    case 'THEMATIC_AREA':
      return [...action.thematicAreas];
    case 'REGION':
      // Continental organisations (the African Union, the League of Arab States) have no single region.
      return action.region ? [action.region] : [];
    case 'COUNTRY':
      return [action.beneficiaryCode];
    case 'YEAR':
      return [action.approvedOn.slice(0, 4)];
    case 'ACTIVITY_TYPE':
      return [...new Set(activities.map((a) => a.type))];
  }
}

/** The slice values an activity is counted under, given its Action. */
export function activitySliceValues(dimension: PortfolioDimension, activity: CountedActivity, action: CountedAction): string[] {
  if (dimension === 'YEAR') return [activity.startsOn.slice(0, 4)];
  if (dimension === 'ACTIVITY_TYPE') return [activity.type];
  return actionSliceValues(dimension, action, [activity]);
}

/** Requests have no activities yet: they are sliced along every dimension but the activity type (null there). */
export type RequestDimension = Exclude<PortfolioDimension, 'ACTIVITY_TYPE'>;

export function slicesRequests(dimension: PortfolioDimension): dimension is RequestDimension {
  return dimension !== 'ACTIVITY_TYPE';
}
