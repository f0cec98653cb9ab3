import {
  findBeneficiary,
  launchedOnOf,
  launchedOnTime,
  onTimeLaunchRate,
  portfolioSliceId,
  REGION_LABELS,
  THEMATIC_AREAS,
  type Labels,
  type PortfolioDimension,
  type Region,
} from '@mieux/domain';
import type { SelectedAction, Selection } from './portfolio.repository';

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

/** Figures of some Actions of a selection (all of them, or one slice). */
export function figuresOf(selection: Selection, actions: readonly SelectedAction[], today: string): Figures {
  const actionIds = new Set(actions.map((a) => a.id));
  const activities = selection.activities.filter((ac) => actionIds.has(ac.actionId));
  const activityIds = new Set(activities.map((ac) => ac.id));
  const activitiesOf = new Map<string, typeof activities>();
  for (const ac of activities) {
    const ofAction = activitiesOf.get(ac.actionId);
    if (ofAction) ofAction.push(ac);
    else activitiesOf.set(ac.actionId, [ac]);
  }
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

const DIMENSIONS: Record<PortfolioDimension, { values(a: SelectedAction): string[]; label(value: string): Labels; order(values: string[]): string[] }> = {
  THEMATIC_AREA: {
    values: (a) => a.thematicAreas,
    label: (value) => THEMATIC_AREAS.find((t) => t.code === value)?.label ?? { EN: value, FR: value },
    order: (values) => THEMATIC_AREAS.map((t) => t.code as string).filter((c) => values.includes(c)),
  },
  REGION: {
    // Continental organisations (the African Union, the League of Arab States) have no single region.
    values: (a) => (a.region ? [a.region] : []),
    label: (value) => REGION_LABELS[value as Region],
    order: (values) => Object.keys(REGION_LABELS).filter((r) => values.includes(r)),
  },
  YEAR: {
    values: (a) => [a.approvedOn.slice(0, 4)],
    label: (value) => ({ EN: value, FR: value }),
    order: (values) => [...values].sort(),
  },
  COUNTRY: {
    values: (a) => [a.beneficiaryCode],
    label: (value) => findBeneficiary(value)?.name ?? { EN: value, FR: value },
    order: (values) => [...values].sort(),
  },
};

/** The non-empty slices of a portfolio along one dimension. */
export function slicesOf(key: string, selection: Selection, dimension: PortfolioDimension, today: string): Slice[] {
  const { values, label, order } = DIMENSIONS[dimension];
  const groups = new Map<string, SelectedAction[]>();
  for (const action of selection.actions) for (const value of values(action)) groups.set(value, [...(groups.get(value) ?? []), action]);
  return order([...groups.keys()]).map((value) => ({
    id: portfolioSliceId(key, dimension, value),
    dimension,
    value,
    label: label(value),
    ...figuresOf(selection, groups.get(value)!, today),
  }));
}
