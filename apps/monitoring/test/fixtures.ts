import { connectToServer } from '@mieux/service-kit';
import { identityOf, startTestSubgraph, type TestSubgraph } from '@mieux/service-kit/testing';
import type { ServiceContext } from '../src/context';
import { monitoringService } from '../src/service';
import { actionsOfTheRun, type ActionsService } from './actions-service';

export type Subgraph = TestSubgraph<ServiceContext>;
export const officer = identityOf('PROJECT_OFFICER');
export const analyst = identityOf('ANALYST');
export const anonymous = identityOf(null);

export interface DemoActivity {
  id: string;
  status: string;
  actionId: string;
  experts: string[];
}

/** The real actions service, with the demo portfolio, and the activities it answers for. */
export interface Actions {
  service: ActionsService;
  /** Held activities of the demo portfolio, grouped by Action (Actions with at least two). */
  heldByAction: Map<string, DemoActivity[]>;
  /** Every held activity, a cancelled one and a planned one. */
  held: DemoActivity[];
  cancelled: DemoActivity;
  planned: DemoActivity;
}

/**
 * The built actions service with the demo portfolio, on its own test database, and its activities as it
 * answers for them. The Jest run starts it once for every test file (`test/global-setup.ts`): the
 * files only read it, and each records on a monitoring database of its own.
 */
export async function readActions(): Promise<Actions> {
  const service = actionsOfTheRun();
  const answer = await service.query<any>(
    `{ actions(first: 100) { edges { node { id activities(first: 100) { edges { node { id status deployments(first: 100) { edges { node { expert { id } } } } } } } } } } }`,
    {},
    analyst,
  );
  if (!answer.data) throw new Error(JSON.stringify(answer.errors));
  const activities: DemoActivity[] = answer.data.actions.edges.flatMap(({ node }: any) =>
    node.activities.edges.map(({ node: a }: any) => ({
      id: a.id,
      status: a.status,
      actionId: node.id,
      experts: a.deployments.edges.map((d: any) => d.node.expert.id),
    })),
  );
  const held = activities.filter((a) => a.status === 'HELD');
  const heldByAction = new Map<string, DemoActivity[]>();
  for (const a of held) heldByAction.set(a.actionId, [...(heldByAction.get(a.actionId) ?? []), a]);
  for (const [id, list] of heldByAction) if (list.length < 2) heldByAction.delete(id);
  return {
    service,
    held,
    heldByAction,
    cancelled: activities.find((a) => a.status === 'CANCELLED')!,
    planned: activities.find((a) => a.status === 'PLANNED')!,
  };
}

/**
 * Makes institutions partners of an Action in the actions service's own test database: the fact it keeps
 * from the requests service's RequestPartnerLinked event (the demo's Actions have no partner), so that
 * it reads the Action to their partners. The gateway's end-to-end tests link them the real way. A
 * partner already linked stays (a file's tests run again on the same service under mutation testing).
 */
export async function makePartners(actions: Actions, actionId: string, ...institutions: string[]): Promise<void> {
  const server = await connectToServer(actions.service.database.databaseUrl);
  try {
    await server.query(`USE \`${actions.service.database.databaseName}\``);
    for (const institution of institutions)
      await server.query('INSERT IGNORE INTO action_partner (action_id, institution_id) VALUES (?, ?)', [actionId, institution]);
  } finally {
    await server.end();
  }
}

export function startMonitoring(actions: Actions): Promise<Subgraph> {
  return startTestSubgraph(monitoringService, { ACTIONS_URL: actions.service.url });
}

export const PARTICIPATION = `mutation($activityId: ID!, $input: ParticipationInput!) { recordParticipation(activityId: $activityId, input: $input) { total women men undisclosed institutions history { total } } }`;
export const EVALUATE = `mutation($activityId: ID!, $input: EvaluationInput!, $key: String) { submitEvaluation(activityId: $activityId, input: $input, idempotencyKey: $key) { id rating } }`;

/** Reads the actions service and starts monitoring before a file's tests, and closes monitoring after them; read them once started. */
export function servicesForTests(): { actions: Actions; subgraph: Subgraph } {
  const started = {} as { actions: Actions; subgraph: Subgraph };
  beforeAll(async () => {
    started.actions = await readActions();
    started.subgraph = await startMonitoring(started.actions);
  }, 60_000);
  afterAll(async () => {
    await started.subgraph?.close();
  });
  return started;
}
