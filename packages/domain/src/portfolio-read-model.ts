import { ACTIVITY_TYPE_LABELS, ACTIVITY_TYPES, type ActivityType } from './activities';
import { findBeneficiary } from './regional-organisations';
import { deployedExpertFigures } from './experts';
import { sustainabilityRate, type FollowUp } from './follow-up';
import { daysToAcceptance, invitationCounts, median, type CountedInvitation } from './invitations';
import { launchedOnTime, onTimeLaunchRate, satisfactionRate } from './kpis';
import type { Labels } from './labels';
import { launchedOnOf, STATUS_NOT_COUNTED } from './lifecycles';
import { countsTowardSatisfaction, isMigrationPolicySupported, type Rating, type ResultType } from './monitoring';
import { actionSliceValues, activitySliceValues, slicesRequests } from './portfolio-counting';
import type { ActionFact, ActivityFact, ExpertFact, PortfolioFacts, RequestFact } from './portfolio-facts';
import { periodOf, PORTFOLIO_DIMENSIONS, type Period, type PortfolioDimension, type PortfolioFilter } from './portfolio-filter';
import { REGION_LABELS, type Region } from './regions';
import { THEMATIC_AREAS } from './thematic-areas';

/** Every figure of a portfolio or of one of its slices (a slice's requests are null along activity types). */
export interface PortfolioFigures {
  requests: number | null;
  actions: number;
  activities: number;
  countriesSupported: number;
  launchedOnTimeRate: number | null;
  expertsDeployed: number;
  publicOfficialsFromMemberStates: number;
  memberStatesRepresented: number;
  southSouthExperts: number;
  invitationsSent: number;
  invitationsAnswered: number;
  invitationsAccepted: number;
  medianDaysToAcceptance: number | null;
  participants: number;
  womenParticipants: number;
  satisfactionRate: number | null;
  policiesSupported: number;
  sustainabilityRate: number | null;
}

export interface PortfolioSliceFigures extends PortfolioFigures {
  dimension: PortfolioDimension;
  value: string;
  label: Labels;
}

export interface PortfolioAnswer {
  figures: PortfolioFigures;
  slices: Record<PortfolioDimension, PortfolioSliceFigures[]>;
}

/** What an activity brings to any part of a portfolio it is counted in. */
interface ActivityTotals {
  activity: ActivityFact;
  participants: number;
  women: number;
  /** Ratings of the people served (satisfaction). */
  ratings: Partial<Record<Rating, number>>;
  /** Experts with an active deployment on it. */
  experts: string[];
  /** Experts invited to it, whatever became of the invitation. */
  invitations: CountedInvitation[];
}

/**
 * The facts joined once (per state of the facts, not per question): each counted Action with its
 * counted activities and policies, each counted activity with its totals. Cancelled Actions and
 * activities are left out here, by the counting rules.
 */
export interface PortfolioIndex {
  actions: { action: ActionFact; activities: ActivityTotals[]; policies: number; launchedOn: string | null; followUps: FollowUp[] }[];
  requests: RequestFact[];
  experts: ReadonlyMap<string, ExpertFact>;
}

function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Joins the facts into the index the figures are computed from. */
export function indexPortfolio(facts: PortfolioFacts): PortfolioIndex {
  const experts = groupBy(
    [...facts.deployments.values()].filter((d) => d.active),
    (d) => d.activityId,
  );
  const evaluations = groupBy(
    [...facts.evaluations.values()].filter((e) => countsTowardSatisfaction(e.respondentType)),
    (e) => e.activityId,
  );
  const policies = groupBy(
    [...facts.results.values()].filter((r) => isMigrationPolicySupported(r.type as ResultType)),
    (r) => r.actionId,
  );
  const followUps = groupBy(facts.followUps.values(), (f) => f.actionId);
  const invitations = groupBy(facts.invitations.values(), (i) => i.activityId);
  const activities = groupBy(
    [...facts.activities.values()].filter((a) => a.status !== STATUS_NOT_COUNTED),
    (a) => a.actionId,
  );
  const totalsOf = (activity: ActivityFact): ActivityTotals => {
    const ratings: Partial<Record<Rating, number>> = {};
    for (const e of evaluations.get(activity.id) ?? []) ratings[e.rating as Rating] = (ratings[e.rating as Rating] ?? 0) + 1;
    const participation = facts.participation.get(activity.id);
    return {
      activity,
      participants: participation?.total ?? 0,
      women: participation?.women ?? 0,
      ratings,
      experts: [...new Set((experts.get(activity.id) ?? []).map((d) => d.expertId))],
      invitations: invitations.get(activity.id) ?? [],
    };
  };
  return {
    actions: [...facts.actions.values()]
      .filter((a) => a.status !== STATUS_NOT_COUNTED)
      .map((action) => {
        const counted = activities.get(action.id) ?? [];
        return {
          action,
          activities: counted.map(totalsOf),
          policies: policies.get(action.id)?.length ?? 0,
          launchedOn: launchedOnOf(counted),
          followUps: followUps.get(action.id) ?? [],
        };
      }),
    requests: [...facts.requests.values()],
    experts: facts.experts,
  };
}

/** Whether a fact dated `on`, of a beneficiary, region and thematic areas, is selected by the filter. */
function selects(
  filter: PortfolioFilter,
  period: Period,
  on: string,
  fact: { beneficiaryCode: string; region: string | null; thematicAreas: readonly string[] },
): boolean {
  return (
    (!period.from || on >= period.from) &&
    (!period.to || on <= period.to) &&
    (!filter.region || fact.region === filter.region) &&
    (!filter.countryCode || fact.beneficiaryCode === filter.countryCode.toUpperCase()) &&
    (!filter.thematicArea || fact.thematicAreas.includes(filter.thematicArea))
  );
}

type IndexedAction = PortfolioIndex['actions'][number];

/** The figures of a part (all, or one slice): its Actions, its activities, its requests. */
function figuresOf(
  index: PortfolioIndex,
  actions: readonly IndexedAction[],
  activities: readonly ActivityTotals[],
  requests: number | null,
  today: string,
): PortfolioFigures {
  const ratings: Partial<Record<Rating, number>> = {};
  const experts = new Set<string>();
  const invitations: CountedInvitation[] = [];
  let participants = 0;
  let women = 0;
  for (const totals of activities) {
    participants += totals.participants;
    women += totals.women;
    for (const expert of totals.experts) experts.add(expert);
    invitations.push(...totals.invitations);
    for (const [rating, n] of Object.entries(totals.ratings)) ratings[rating as Rating] = (ratings[rating as Rating] ?? 0) + n;
  }
  return {
    requests,
    actions: actions.length,
    activities: activities.length,
    countriesSupported: new Set(actions.map((a) => a.action.beneficiaryCode)).size,
    launchedOnTimeRate: onTimeLaunchRate(actions.map((a) => launchedOnTime(a.action.approvedOn, a.launchedOn, today))),
    ...deployedExpertFigures([...experts], index.experts),
    ...invitationFigures(invitations),
    participants,
    womenParticipants: women,
    satisfactionRate: satisfactionRate(ratings),
    policiesSupported: actions.reduce((sum, a) => sum + a.policies, 0),
    sustainabilityRate: sustainabilityRate(actions.map((a) => a.followUps)),
  };
}

function invitationFigures(invitations: readonly CountedInvitation[]) {
  const { sent, answered, accepted } = invitationCounts(invitations);
  const days = invitations.map(daysToAcceptance).filter((d): d is number => d !== null);
  return { invitationsSent: sent, invitationsAnswered: answered, invitationsAccepted: accepted, medianDaysToAcceptance: median(days) };
}

const byCode = (codes: readonly string[]) => (values: string[]) => codes.filter((c) => values.includes(c));
const sorted = (values: string[]) => [...values].sort();
const asLabel = (value: string): Labels => ({ EN: value, FR: value });

const DIMENSIONS: Record<PortfolioDimension, { label(value: string): Labels; order(values: string[]): string[] }> = {
  THEMATIC_AREA: {
    label: (value) => THEMATIC_AREAS.find((t) => t.code === value)?.label ?? asLabel(value),
    order: byCode(THEMATIC_AREAS.map((t) => t.code)),
  },
  REGION: { label: (value) => REGION_LABELS[value as Region], order: byCode(Object.keys(REGION_LABELS)) },
  YEAR: { label: asLabel, order: sorted },
  COUNTRY: { label: (value) => findBeneficiary(value)?.name ?? asLabel(value), order: sorted },
  ACTIVITY_TYPE: { label: (value) => ACTIVITY_TYPE_LABELS[value as ActivityType], order: byCode(ACTIVITY_TYPES) },
};

/** The label of a slice value, in EN and FR (the value itself where the domain names none). */
export function portfolioSliceLabel(dimension: PortfolioDimension, value: string): Labels {
  return DIMENSIONS[dimension].label(value);
}

/** The slice values a request is counted under (none along activity types). */
function requestSliceValues(dimension: PortfolioDimension, request: RequestFact): string[] {
  return slicesRequests(dimension) ? actionSliceValues(dimension, { ...request, approvedOn: request.expressionOfInterestOn }, []) : [];
}

function slicesAlong(index: PortfolioIndex, actions: readonly IndexedAction[], requests: readonly RequestFact[], dimension: PortfolioDimension, today: string) {
  const actionsOf = new Map<string, IndexedAction[]>();
  const activitiesOf = new Map<string, ActivityTotals[]>();
  const add = <T>(groups: Map<string, T[]>, values: string[], item: T) => {
    for (const value of values) {
      const group = groups.get(value);
      if (group) group.push(item);
      else groups.set(value, [item]);
    }
  };
  for (const a of actions) {
    add(
      actionsOf,
      actionSliceValues(
        dimension,
        a.action,
        a.activities.map((t) => t.activity),
      ),
      a,
    );
    for (const t of a.activities) add(activitiesOf, activitySliceValues(dimension, t.activity, a.action), t);
  }
  const requestCounts = new Map<string, number>();
  for (const r of requests) for (const value of requestSliceValues(dimension, r)) requestCounts.set(value, (requestCounts.get(value) ?? 0) + 1);
  const { order } = DIMENSIONS[dimension];
  return order([...new Set([...actionsOf.keys(), ...activitiesOf.keys()])]).map((value) => ({
    dimension,
    value,
    label: portfolioSliceLabel(dimension, value),
    ...figuresOf(index, actionsOf.get(value) ?? [], activitiesOf.get(value) ?? [], slicesRequests(dimension) ? (requestCounts.get(value) ?? 0) : null, today),
  }));
}

/**
 * The portfolio a filter selects, its figures and its slices along every dimension, by the counting
 * rules of `portfolio-counting` (the same as every service's before the read model): Actions approved
 * in the period, of the region, beneficiary and thematic area, and their activities; requests by
 * their expression of interest.
 */
export function portfolioAnswer(index: PortfolioIndex, filter: PortfolioFilter, today: string): PortfolioAnswer {
  const period = periodOf(filter);
  const actions = period ? index.actions.filter((a) => selects(filter, period, a.action.approvedOn, a.action)) : [];
  const requests = period ? index.requests.filter((r) => selects(filter, period, r.expressionOfInterestOn, r)) : [];
  const slices = Object.fromEntries(
    PORTFOLIO_DIMENSIONS.map((dimension) => [dimension, slicesAlong(index, actions, requests, dimension, today)]),
  ) as PortfolioAnswer['slices'];
  return {
    figures: figuresOf(
      index,
      actions,
      actions.flatMap((a) => a.activities),
      requests.length,
      today,
    ),
    slices,
  };
}
