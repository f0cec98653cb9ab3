import { identityOf, startOwnerStub, startTestSubgraph, type OwnerStub, type TestSubgraph } from '@mieux/service-kit/testing';
import type { ServiceContext } from '../src/context';
import { actionsService } from '../src/service';

export type Subgraph = TestSubgraph<ServiceContext>;

export const officer = identityOf('PROJECT_OFFICER');
export const analyst = identityOf('ANALYST');
export const committee = identityOf('STEERING_COMMITTEE');
export const partner = identityOf('PARTNER');
export const anonymous = identityOf(null);

export interface Owners {
  stub: OwnerStub;
  /** Requests the requests service knows, by id. */
  requests: Map<string, Record<string, unknown>>;
  /** Roster status of the experts the experts service knows, by id. */
  experts: Map<string, string>;
  /** The date of each Action's final evaluation the monitoring service knows, by Action id. */
  finalEvaluations: Map<string, string>;
  /** The display name of each project officer the requests service knows, by id. */
  officers: Map<string, string>;
  /** The declared availability of experts the experts service knows, by id (none when not set). */
  availability: Map<string, { from: string; to: string }[]>;
}

/** The requests, experts and monitoring services at the HTTP boundary, answering from the maps. */
export async function startOwners(): Promise<Owners> {
  const requests = new Map<string, Record<string, unknown>>();
  const experts = new Map<string, string>();
  const finalEvaluations = new Map<string, string>();
  const officers = new Map<string, string>();
  const availability = new Map<string, { from: string; to: string }[]>();
  const stub = await startOwnerStub(({ query, variables }) => {
    const id = variables.id as string;
    if (query.includes('projectOfficer(')) return { data: { projectOfficer: officers.has(id) ? { id, displayName: officers.get(id) } : null } };
    if (query.includes('request(')) return { data: { request: requests.get(id) ?? null } };
    if (query.includes('expert(')) {
      const periods = query.includes('availability') ? { availability: availability.get(id) ?? [] } : {};
      return { data: { expert: experts.has(id) ? { id, status: experts.get(id), ...periods } : null } };
    }
    if (query.includes('finalEvaluation')) {
      const [action] = variables.r as { id: string }[];
      const date = finalEvaluations.get(action.id);
      return { data: { _entities: [{ finalEvaluation: date ? { date } : null }] } };
    }
    return { errors: [{ message: 'unexpected query' }] };
  });
  return { stub, requests, experts, finalEvaluations, officers, availability };
}

export function startActions(owners: Owners, env: Record<string, string> = {}): Promise<Subgraph> {
  return startTestSubgraph(actionsService, {
    REQUESTS_URL: owners.stub.url,
    EXPERTS_URL: owners.stub.url,
    MONITORING_URL: owners.stub.url,
    SUBGRAPH_TIMEOUT_MS: '2000',
    ...env,
  });
}

let counter = 0;

/** An approved request known to the requests stub. */
export function approvedRequest(owners: Owners, fields: Record<string, unknown> = {}): string {
  counter += 1;
  const id = `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
  owners.requests.set(id, {
    id,
    status: 'APPROVED',
    title: `Labour migration policy ${counter}`,
    approvedOn: '2023-11-30',
    thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'],
    subTopics: ['LABOUR_MIGRATION'],
    country: { code: 'SN', region: 'AFRICA' },
    partners: [],
    assignedOfficer: null,
    actionFiche: null,
    ...fields,
  });
  return id;
}

export const CREATE = `mutation($requestId: ID!) { createAction(input: { requestId: $requestId }) { id reference title status country { code } region thematicAreas approvedOn launchTarget launchedOn launchedOnTime phase } }`;
export const PLAN = `mutation($actionId: ID!, $input: ActivityInput!) { planActivity(actionId: $actionId, input: $input) { id status startsOn endsOn countryCode thematicAreas } }`;
export const SET_STATUS = `mutation($id: ID!, $status: ActivityStatus!) { setActivityStatus(id: $id, status: $status) { id status action { status launchedOn launchedOnTime } } }`;
export const DEPLOY = `mutation($activityId: ID!, $expertId: ID!) { deployExpert(activityId: $activityId, expertId: $expertId, role: EXPERT) { id status expert { id } activity { id } } }`;

export function activityInput(startsOn: string, endsOn = startsOn, overrides: Record<string, unknown> = {}) {
  return { type: 'INFORMATION_EXCHANGE', format: 'WORKSHOP', title: 'Kick-off workshop', startsOn, endsOn, countryCode: 'SN', city: 'Dakar', ...overrides };
}

/** Creates an Action from a new approved request. */
export async function createAction(subgraph: Subgraph, owners: Owners, fields: Record<string, unknown> = {}): Promise<any> {
  const result = await subgraph.execute<any>(CREATE, { requestId: approvedRequest(owners, fields) }, officer);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data.createAction;
}

export async function planActivity(subgraph: Subgraph, actionId: string, startsOn: string, endsOn = startsOn): Promise<any> {
  const result = await subgraph.execute<any>(PLAN, { actionId, input: activityInput(startsOn, endsOn) }, officer);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data.planActivity;
}

export const INVITE = `mutation($activityId: ID!, $expertId: ID!, $tor: String!, $override: AvailabilityOverrideInput) {
  inviteExpert(activityId: $activityId, expertId: $expertId, role: EXPERT, termsOfReference: $tor, overrideAvailability: $override) {
    id status role termsOfReference invitedAt expiresAt availabilityOverrideReason activity { id startsOn endsOn } expert { id } } }`;
export const RESPOND = `mutation($id: ID!, $accept: Boolean!, $reason: String) {
  respondToInvitation(id: $id, accept: $accept, reason: $reason) { id status reason answeredAt deployment { id status role invitation { id } } } }`;
export const WITHDRAW = `mutation($id: ID!, $reason: String) { withdrawInvitation(id: $id, reason: $reason) { id status reason } }`;

/** An expert's own token. */
export const expertOf = (expertId: string) => identityOf('EXPERT', { expertId, sub: `${expertId}@example.org` });

/** An active expert of the roster, available over the whole of `from`-`to` (the whole year ahead by default). */
export function availableExpert(owners: Owners, expertId: string, from = '2000-01-01', to = '2099-12-31'): string {
  owners.experts.set(expertId, 'ACTIVE');
  owners.availability.set(expertId, [{ from, to }]);
  return expertId;
}

/** Terms of reference as an officer writes them. */
export const TOR = 'Present the EU experience of labour migration agreements; two sessions; a short report.';

/** A project officer invites an expert to an activity (with an override of their availability, when given). */
export function invite(subgraph: Subgraph, activityId: string, expertId: string, override?: { reason: string }) {
  return subgraph.execute<any>(INVITE, { activityId, expertId, tor: TOR, override }, officer);
}
