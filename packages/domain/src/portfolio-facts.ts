/**
 * The portfolio read model's facts and the fold that keeps them from the services' domain events.
 *
 * Each fact is what one service owns of one entity, keyed by that entity's id, and holds only what the
 * portfolio counts: never a name, a title or a contact. Facts of different services are joined when the
 * figures are computed, so an event about an entity whose owner has not spoken yet (a participation
 * before its activity, across producers) is kept and counts once its owner's event arrives.
 *
 * The fold sets facts from what an event says (never adds to a counter), so applying an event again
 * leaves the facts as they were: a redelivered event is harmless.
 */
export interface ActionFact {
  id: string;
  beneficiaryCode: string;
  region: string | null;
  approvedOn: string;
  thematicAreas: string[];
  status: string;
}

export interface ActivityFact {
  id: string;
  actionId: string;
  type: string;
  startsOn: string;
  status: string;
}

export interface DeploymentFact {
  id: string;
  activityId: string;
  expertId: string;
  active: boolean;
}

/** An invitation of an expert to an activity: its status and the times of the invitation and of its acceptance (the events' times). */
export interface InvitationFact {
  id: string;
  activityId: string;
  status: string;
  invitedAt: string | null;
  acceptedAt: string | null;
}

/** The anonymous facts of an expert the portfolio counts (kept after an erasure: statistics stay). */
export interface ExpertFact {
  id: string;
  employerType: string;
  publicOfficial: boolean;
  memberState: string | null;
}

/** The current participation record of an activity (keyed by the activity). */
export interface ParticipationFact {
  id: string;
  total: number;
  women: number;
}

export interface EvaluationFact {
  id: string;
  activityId: string;
  respondentType: string;
  rating: string;
}

export interface ResultFact {
  id: string;
  actionId: string;
  type: string;
}

/** A follow-up of a closed Action at some months after (keyed by the Action and the months: a later one at the same month replaces it). */
export interface FollowUpFact {
  id: string;
  actionId: string;
  monthsAfter: number;
  policyAdopted: boolean;
  practiceInUse: boolean;
}

export interface RequestFact {
  id: string;
  expressionOfInterestOn: string;
  beneficiaryCode: string;
  region: string | null;
  thematicAreas: string[];
}

export interface PortfolioFacts {
  actions: Map<string, ActionFact>;
  activities: Map<string, ActivityFact>;
  deployments: Map<string, DeploymentFact>;
  invitations: Map<string, InvitationFact>;
  experts: Map<string, ExpertFact>;
  participation: Map<string, ParticipationFact>;
  evaluations: Map<string, EvaluationFact>;
  results: Map<string, ResultFact>;
  followUps: Map<string, FollowUpFact>;
  requests: Map<string, RequestFact>;
}

export type FactKind = keyof PortfolioFacts;
export const FACT_KINDS = [
  'actions',
  'activities',
  'deployments',
  'invitations',
  'experts',
  'participation',
  'evaluations',
  'results',
  'followUps',
  'requests',
] as const satisfies readonly FactKind[];

export type FactOf<K extends FactKind> = PortfolioFacts[K] extends Map<string, infer F> ? F : never;

/** One fact as it now stands, after an event: what a persisted copy of the facts writes. */
export type FactChange = { [K in FactKind]: { kind: K; fact: FactOf<K> } }[FactKind];

export function emptyPortfolioFacts(): PortfolioFacts {
  return {
    actions: new Map(),
    activities: new Map(),
    deployments: new Map(),
    invitations: new Map(),
    experts: new Map(),
    participation: new Map(),
    evaluations: new Map(),
    results: new Map(),
    followUps: new Map(),
    requests: new Map(),
  };
}

/** Loads facts read back from where they were kept (a restarted replica). */
export function loadPortfolioFacts(facts: PortfolioFacts, changes: Iterable<FactChange>): PortfolioFacts {
  for (const change of changes) (facts[change.kind] as Map<string, FactChange['fact']>).set(change.fact.id, change.fact);
  return facts;
}

type Payload = Record<string, unknown>;

/** An event as the fold reads it: its type and payload (the catalogue's schemas validated it). */
export interface PortfolioEvent {
  type: string;
  payload: Payload;
  /** When the event happened (the envelope's time): the times of an invitation and of its answer. */
  occurredAt?: string;
}

const str = (payload: Payload, field: string) => payload[field] as string;
const strs = (payload: Payload, field: string) => [...(payload[field] as string[])];
const optional = (payload: Payload, field: string) => (payload[field] ?? null) as string | null;

/** Sets a fact and says so. */
function put<K extends FactKind>(facts: PortfolioFacts, kind: K, fact: FactOf<K>): FactChange[] {
  (facts[kind] as Map<string, unknown>).set((fact as { id: string }).id, fact);
  return [{ kind, fact } as FactChange];
}

/** Changes part of a known fact; nothing when the fact is not known (its creation was never told). */
function update<K extends FactKind>(facts: PortfolioFacts, kind: K, id: string, changes: Record<string, unknown>): FactChange[] {
  const known = (facts[kind] as Map<string, FactChange['fact']>).get(id);
  return known ? put(facts, kind, { ...known, ...changes } as never) : [];
}

/** An invitation's answer or end: its status, and the time of an acceptance. */
const answered =
  (status: string) =>
  (facts: PortfolioFacts, p: Payload, at: string | null): FactChange[] =>
    update(facts, 'invitations', str(p, 'invitationId'), { status, acceptedAt: status === 'ACCEPTED' ? at : null });

const FOLDS: Record<string, (facts: PortfolioFacts, p: Payload, at: string | null) => FactChange[]> = {
  RequestSubmitted: (facts, p) =>
    put(facts, 'requests', {
      id: str(p, 'requestId'),
      expressionOfInterestOn: str(p, 'expressionOfInterestOn'),
      beneficiaryCode: str(p, 'beneficiaryCode'),
      region: optional(p, 'region'),
      thematicAreas: strs(p, 'thematicAreas'),
    }),
  RequestCorrected: (facts, p) =>
    update(facts, 'requests', str(p, 'requestId'), { beneficiaryCode: str(p, 'beneficiaryCode'), thematicAreas: strs(p, 'thematicAreas') }),
  ActionCreated: (facts, p) =>
    put(facts, 'actions', {
      id: str(p, 'actionId'),
      beneficiaryCode: str(p, 'beneficiaryCode'),
      region: optional(p, 'region'),
      approvedOn: str(p, 'approvedOn'),
      thematicAreas: strs(p, 'thematicAreas'),
      status: str(p, 'status'),
    }),
  ActionStatusChanged: (facts, p) => update(facts, 'actions', str(p, 'actionId'), { status: str(p, 'to') }),
  ActionClosed: (facts, p) => update(facts, 'actions', str(p, 'actionId'), { status: 'CLOSED' }),
  ActionCancelled: (facts, p) => update(facts, 'actions', str(p, 'actionId'), { status: 'CANCELLED' }),
  ActivityPlanned: (facts, p) =>
    put(facts, 'activities', {
      id: str(p, 'activityId'),
      actionId: str(p, 'actionId'),
      type: str(p, 'type'),
      startsOn: str(p, 'startsOn'),
      status: str(p, 'status'),
    }),
  ActivityRescheduled: (facts, p) => update(facts, 'activities', str(p, 'activityId'), { startsOn: str(p, 'startsOn') }),
  ActivityStatusChanged: (facts, p) => update(facts, 'activities', str(p, 'activityId'), { status: str(p, 'to') }),
  ExpertDeployed: (facts, p) =>
    put(facts, 'deployments', { id: str(p, 'deploymentId'), activityId: str(p, 'activityId'), expertId: str(p, 'expertId'), active: true }),
  // Told again (a redelivery) after its answer, an invitation keeps the answer.
  ExpertInvited: (facts, p, at) =>
    facts.invitations.has(str(p, 'invitationId'))
      ? []
      : put(facts, 'invitations', { id: str(p, 'invitationId'), activityId: str(p, 'activityId'), status: 'INVITED', invitedAt: at, acceptedAt: null }),
  InvitationAccepted: answered('ACCEPTED'),
  InvitationDeclined: answered('DECLINED'),
  InvitationExpired: answered('EXPIRED'),
  InvitationWithdrawn: answered('WITHDRAWN'),
  DeploymentCancelled: (facts, p) => update(facts, 'deployments', str(p, 'deploymentId'), { active: false }),
  DeploymentEnded: (facts, p) => update(facts, 'deployments', str(p, 'deploymentId'), { active: false }),
  ExpertFactsChanged: (facts, p) =>
    put(facts, 'experts', {
      id: str(p, 'expertId'),
      employerType: str(p, 'employerType'),
      publicOfficial: p.publicOfficial === true,
      memberState: optional(p, 'memberState'),
    }),
  ParticipationRecorded: (facts, p) => put(facts, 'participation', { id: str(p, 'activityId'), total: p.total as number, women: p.women as number }),
  EvaluationSubmitted: (facts, p) =>
    put(facts, 'evaluations', {
      id: str(p, 'evaluationId'),
      activityId: str(p, 'activityId'),
      respondentType: str(p, 'respondentType'),
      rating: str(p, 'rating'),
    }),
  ResultRecorded: (facts, p) => put(facts, 'results', { id: str(p, 'resultId'), actionId: str(p, 'actionId'), type: str(p, 'type') }),
  ResultUpdated: (facts, p) => put(facts, 'results', { id: str(p, 'resultId'), actionId: str(p, 'actionId'), type: str(p, 'type') }),
  FollowUpRecorded: (facts, p) =>
    put(facts, 'followUps', {
      id: `${str(p, 'actionId')}|${p.monthsAfter as number}`,
      actionId: str(p, 'actionId'),
      monthsAfter: p.monthsAfter as number,
      policyAdopted: p.policyAdopted === true,
      practiceInUse: p.practiceInUse === true,
    }),
};

/** The event types the read model folds. */
export const PORTFOLIO_EVENT_TYPES = Object.keys(FOLDS);

/**
 * Folds one event into the facts (in place: the facts of a whole portfolio are not copied per event)
 * and returns the facts it set, as they now stand. An event of another type changes nothing.
 */
export function foldPortfolioEvent(facts: PortfolioFacts, event: PortfolioEvent): FactChange[] {
  return FOLDS[event.type]?.(facts, event.payload, event.occurredAt ?? null) ?? [];
}
