import { randomUUID } from 'node:crypto';
import { daysFromToday, identityOf } from '@mieux/service-kit/testing';
import { createAction, officer, SET_STATUS, activityInput, planActivity, startActions, startOwners, type Owners, type Subgraph } from './fixtures';

let owners: Owners;
let subgraph: Subgraph;
beforeAll(async () => {
  owners = await startOwners();
  subgraph = await startActions(owners);
  for (const id of ['expert-r1', 'expert-r2', 'expert-r3']) owners.experts.set(id, 'ACTIVE');
});
afterAll(async () => {
  await subgraph.close();
  await owners.stub.close();
});

const run = async (query: string, variables: Record<string, unknown>) => {
  const result = await subgraph.execute<any>(query, variables, officer);
  return result.errors ? { error: { message: result.errors[0].message, ...result.errors[0].extensions } } : result.data;
};
const setStatus = (id: string, status: string) => run(SET_STATUS, { id, status });
const plan = (actionId: string, startsOn: string, key?: string, title?: string) =>
  run(`mutation($a: ID!, $input: ActivityInput!, $key: String) { planActivity(actionId: $a, input: $input, idempotencyKey: $key) { id } }`, {
    a: actionId,
    input: activityInput(startsOn, startsOn, title ? { title } : {}),
    key,
  });
const deploy = (activityId: string, expertId: string, key?: string) =>
  run(`mutation($a: ID!, $e: ID!, $key: String) { deployExpert(activityId: $a, expertId: $e, role: EXPERT, idempotencyKey: $key) { id status } }`, {
    a: activityId,
    e: expertId,
    key,
  });
const cancelDeployment = (id: string) => run(`mutation($id: ID!) { cancelDeployment(id: $id) { id status } }`, { id });
const deploymentsOf = async (activityId: string) =>
  (await run(`query($id: ID!) { activity(id: $id) { deployments { edges { node { id status } } } } }`, { id: activityId })).activity.deployments.edges.map(
    (e: { node: unknown }) => e.node,
  );
const actionStatus = async (id: string) => (await run(`query($id: ID!) { action(id: $id) { status } }`, { id })).action.status;
const closeAction = (id: string) => run(`mutation($id: ID!) { closeAction(id: $id) { status } }`, { id });
const cancelAction = (id: string) => run(`mutation($id: ID!) { cancelAction(id: $id, reason: "Partner withdrew") { status } }`, { id });
const unknown = randomUUID();
const notFound = (entity: string) => ({ error: { code: 'NOT_FOUND', message: `${entity} ${unknown} was not found`, entity, id: unknown } });

describe('the Action lifecycle', () => {
  it('refuses moves the lifecycle does not allow, naming the status and the way on', async () => {
    const action = await createAction(subgraph, owners);
    expect(await closeAction(action.id)).toEqual({
      error: {
        code: 'CONFLICT',
        message: 'Action is PLANNED; it can move to IN_IMPLEMENTATION or CANCELLED, not CLOSED',
        currentStatus: 'PLANNED',
        allowed: ['IN_IMPLEMENTATION', 'CANCELLED'],
        reason: 'ILLEGAL_TRANSITION',
      },
    });
    expect(await cancelAction(action.id)).toEqual({ cancelAction: { status: 'CANCELLED' } });
    expect(await actionStatus(action.id)).toBe('CANCELLED');
    expect(await closeAction(unknown)).toEqual(notFound('Action'));
  });

  it('plans activities only while the Action is PLANNED or IN_IMPLEMENTATION', async () => {
    const refusal = (status: string) => ({
      error: {
        code: 'CONFLICT',
        message: `Action is ${status}; activities are planned while it is PLANNED or IN_IMPLEMENTATION`,
        currentStatus: status,
      },
    });
    await createAction(subgraph, owners);
    const completed = await createAction(subgraph, owners);
    await setStatus((await planActivity(subgraph, completed.id, '2025-01-10')).id, 'HELD');
    expect(await actionStatus(completed.id)).toBe('COMPLETED');
    expect(await plan(completed.id, '2025-02-10')).toEqual(refusal('COMPLETED'));
    owners.finalEvaluations.set(completed.id, '2025-03-01');
    expect(await closeAction(completed.id)).toEqual({ closeAction: { status: 'CLOSED' } });
    expect(await plan(completed.id, '2025-02-10')).toEqual(refusal('CLOSED'));
    const cancelled = await createAction(subgraph, owners);
    await cancelAction(cancelled.id);
    expect(await plan(cancelled.id, '2025-02-10')).toEqual(refusal('CANCELLED'));
    expect(await plan(unknown, '2025-02-10')).toEqual(notFound('Action'));
  });
});

describe('activities', () => {
  it('replay a planning key only with the same input', async () => {
    const action = await createAction(subgraph, owners);
    await plan(action.id, '2025-03-01');
    const key = `plan-${randomUUID()}`;
    const first = await plan(action.id, '2025-03-10', key);
    expect(first).toEqual({ planActivity: { id: expect.any(String) } });
    expect(await plan(action.id, '2025-03-10', key)).toEqual(first);
    expect(await plan(action.id, '2025-03-10', key, 'Another workshop')).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'idempotencyKey' } });
  });

  it('move their own Action only, and a cancelled one frees its experts', async () => {
    const other = await createAction(subgraph, owners);
    const otherActivity = await planActivity(subgraph, other.id, '2025-04-01');
    const action = await createAction(subgraph, owners);
    const activity = await planActivity(subgraph, action.id, '2025-04-01');
    const booked = await deploy(activity.id, 'expert-r1');
    const bookedElsewhere = await deploy(otherActivity.id, 'expert-r2');
    const held = await planActivity(subgraph, action.id, '2025-04-10');
    expect(await setStatus(activity.id, 'CANCELLED')).toMatchObject({ setActivityStatus: { status: 'CANCELLED' } });
    expect(await deploymentsOf(activity.id)).toEqual([{ id: booked.deployExpert.id, status: 'CANCELLED' }]);
    expect(await deploymentsOf(otherActivity.id)).toEqual([{ id: bookedElsewhere.deployExpert.id, status: 'ACTIVE' }]);
    expect(await setStatus(held.id, 'HELD')).toMatchObject({ setActivityStatus: { action: { status: 'COMPLETED' } } });
    expect(await actionStatus(other.id)).toBe('PLANNED');
    expect(await setStatus(unknown, 'HELD')).toEqual(notFound('Activity'));
  });
});

describe('deployments', () => {
  it('go to PLANNED or CONFIRMED activities only', async () => {
    const action = await createAction(subgraph, owners);
    const [planned, confirmed, held] = await Promise.all(['2025-05-01', daysFromToday(40), '2025-05-20'].map((d) => planActivity(subgraph, action.id, d)));
    await setStatus(confirmed.id, 'CONFIRMED');
    await setStatus(held.id, 'HELD');
    expect(await deploy(planned.id, 'expert-r3')).toMatchObject({ deployExpert: { status: 'ACTIVE' } });
    expect(await deploy(confirmed.id, 'expert-r3')).toMatchObject({ deployExpert: { status: 'ACTIVE' } });
    expect(await deploy(held.id, 'expert-r3')).toEqual({
      error: {
        code: 'CONFLICT',
        message: 'Activity is HELD; experts are deployed to PLANNED or CONFIRMED activities',
        currentStatus: 'HELD',
      },
    });
    expect(await deploy(unknown, 'expert-r3')).toEqual(notFound('Activity'));
  });

  it('name the booking they overlap, replay a key only for the same booking, and cancel once', async () => {
    const action = await createAction(subgraph, owners);
    const first = await planActivity(subgraph, action.id, '2025-06-01');
    const second = await planActivity(subgraph, action.id, '2025-06-01');
    await deploy(second.id, 'expert-r2');
    const key = `deploy-${randomUUID()}`;
    const booked = (await deploy(first.id, 'expert-r1', key)).deployExpert;
    expect(await deploy(first.id, 'expert-r1', key)).toEqual({ deployExpert: booked });
    expect(await deploy(first.id, 'expert-r2', key)).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'idempotencyKey' } });
    expect(await deploy(second.id, 'expert-r1')).toMatchObject({ error: { code: 'CONFLICT', deploymentId: booked.id } });
    expect(await cancelDeployment(booked.id)).toEqual({ cancelDeployment: { id: booked.id, status: 'CANCELLED' } });
    expect(await deploymentsOf(first.id)).toEqual([{ id: booked.id, status: 'CANCELLED' }]);
    expect(await cancelDeployment(booked.id)).toEqual({
      error: {
        code: 'CONFLICT',
        message: 'Deployment is CANCELLED; it is final, not CANCELLED',
        currentStatus: 'CANCELLED',
        allowed: [],
        reason: 'ILLEGAL_TRANSITION',
      },
    });
    expect(await cancelDeployment(unknown)).toEqual(notFound('Deployment'));
  });
});

describe('reading Actions', () => {
  it('is refused to experts, naming who reads them', async () => {
    const result = await subgraph.execute<any>(`{ actions { totalCount } }`, {}, identityOf('EXPERT', { expertId: 'e-1' }));
    expect(result.errors?.[0]).toMatchObject({
      message: 'This needs one of the roles PROJECT_OFFICER, STEERING_COMMITTEE, ANALYST, PARTNER',
      extensions: { code: 'FORBIDDEN' },
    });
  });
});
