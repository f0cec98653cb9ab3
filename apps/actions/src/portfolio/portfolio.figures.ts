import {
  ACTIVITY_TYPE_LABELS,
  ACTIVITY_TYPES,
  actionSliceValues,
  activitySliceValues,
  findBeneficiary,
  launchedOnOf,
  launchedOnTime,
  onTimeLaunchRate,
  portfolioSliceId,
  REGION_LABELS,
  THEMATIC_AREAS,
  type ActivityType,
  type Labels,
  type PortfolioDimension,
  type Region,
} from '@mieux/domain';
import type { SelectedAction, SelectedActivity, Selection } from './portfolio.repository';

/** The actions-side figures of a set of Actions, and the sets the other services aggregate over. */
export interface Figures {
  actions: number;
  activities: number;
  countriesSupported: number;
  launchedOnTimeRate: number | null;
  actionIds: string[];
  activityIds: string[];
  deployedExpertIds: string[];
}

export interface Slice extends Figures {
  id: string;
  dimension: PortfolioDimension;
  value: string;
  label: Labels;
}

/**
 * Figures of a part of a selection (all of it, or one slice): its Actions and its activities. An
 * Action's launch is judged on all its activities, whichever slice they are in.
 */
export function figuresOf(selection: Selection, actions: readonly SelectedAction[], activities: readonly SelectedActivity[], today: string): Figures {
  const actionIds = new Set(actions.map((a) => a.id));
  const activityIds = new Set(activities.map((ac) => ac.id));
  const activitiesOf = groupBy(selection.activities, (ac) => [ac.actionId]);
  return {
    actions: actions.length,
    activities: activities.length,
    countriesSupported: new Set(actions.map((a) => a.beneficiaryCode)).size,
    launchedOnTimeRate: onTimeLaunchRate(actions.map((a) => launchedOnTime(a.approvedOn, launchedOnOf(activitiesOf.get(a.id) ?? []), today))),
    actionIds: [...actionIds],
    activityIds: [...activityIds],
    deployedExpertIds: [...new Set(selection.deployments.filter((d) => activityIds.has(d.activityId)).map((d) => d.expertId))],
  };
}

/** The figures of a whole selection. */
export const selectionFigures = (selection: Selection, today: string) => figuresOf(selection, selection.actions, selection.activities, today);

function groupBy<T>(items: readonly T[], keys: (item: T) => string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) for (const key of keys(item)) groups.set(key, [...(groups.get(key) ?? []), item]);
  return groups;
}

const byCode = (codes: readonly string[]) => (values: string[]) => codes.filter((c) => values.includes(c));
const sorted = (values: string[]) => [...values].sort();

const DIMENSIONS: Record<PortfolioDimension, { label(value: string): Labels; order(values: string[]): string[] }> = {
  THEMATIC_AREA: {
    label: (value) => THEMATIC_AREAS.find((t) => t.code === value)?.label ?? { EN: value, FR: value },
    order: byCode(THEMATIC_AREAS.map((t) => t.code)),
  },
  REGION: { label: (value) => REGION_LABELS[value as Region], order: byCode(Object.keys(REGION_LABELS)) },
  YEAR: { label: (value) => ({ EN: value, FR: value }), order: sorted },
  COUNTRY: { label: (value) => findBeneficiary(value)?.name ?? { EN: value, FR: value }, order: sorted },
  ACTIVITY_TYPE: { label: (value) => ACTIVITY_TYPE_LABELS[value as ActivityType], order: byCode(ACTIVITY_TYPES) },
};

/** The non-empty slices of a portfolio along one dimension, by the domain's counting rules. */
export function slicesOf(key: string, selection: Selection, dimension: PortfolioDimension, today: string): Slice[] {
  const { label, order } = DIMENSIONS[dimension];
  const actionsById = new Map(selection.actions.map((a) => [a.id, a]));
  const activitiesOf = groupBy(selection.activities, (ac) => [ac.actionId]);
  const actions = groupBy(selection.actions, (a) => actionSliceValues(dimension, a, activitiesOf.get(a.id) ?? []));
  const activities = groupBy(selection.activities, (ac) => activitySliceValues(dimension, ac, actionsById.get(ac.actionId)!));
  return order([...new Set([...actions.keys(), ...activities.keys()])]).map((value) => ({
    id: portfolioSliceId(key, dimension, value),
    dimension,
    value,
    label: label(value),
    ...figuresOf(selection, actions.get(value) ?? [], activities.get(value) ?? [], today),
  }));
}
