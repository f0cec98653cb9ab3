import { identityOf, startOwnerStub, startTestSubgraph, type OwnerStub, type TestSubgraph } from '@mieux/service-kit/testing';
import type { ServiceContext } from '../src/context';
import { monitoringService } from '../src/service';

export type Subgraph = TestSubgraph<ServiceContext>;
export const officer = identityOf('PROJECT_OFFICER');
export const analyst = identityOf('ANALYST');
export const anonymous = identityOf(null);

export interface Actions {
  stub: OwnerStub;
  /** Activities the actions service knows: status, Action, deployed experts. */
  activities: Map<string, { status: string; actionId: string; experts: string[] }>;
  actions: Set<string>;
}

/** The actions service at the HTTP boundary. */
export async function startActionsStub(): Promise<Actions> {
  const activities = new Map<string, { status: string; actionId: string; experts: string[] }>();
  const actions = new Set<string>();
  const stub = await startOwnerStub(({ query, variables }) => {
    const id = variables.id as string;
    if (query.includes('activity(')) {
      const a = activities.get(id);
      return { data: { activity: a ? { id, status: a.status, action: { id: a.actionId }, deployments: a.experts.map((e) => ({ expert: { id: e } })) } : null } };
    }
    return { data: { action: actions.has(id) ? { id, status: 'IN_IMPLEMENTATION' } : null } };
  });
  return { stub, activities, actions };
}

export function startMonitoring(actions: Actions): Promise<Subgraph> {
  return startTestSubgraph(monitoringService, { ACTIONS_URL: actions.stub.url });
}

export const PARTICIPATION = `mutation($activityId: ID!, $input: ParticipationInput!) { recordParticipation(activityId: $activityId, input: $input) { total women men undisclosed institutions history { total } } }`;
export const EVALUATE = `mutation($activityId: ID!, $input: EvaluationInput!, $key: String) { submitEvaluation(activityId: $activityId, input: $input, idempotencyKey: $key) { id rating } }`;
