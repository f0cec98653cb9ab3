import { scopedIdempotencyKey } from '@mieux/service-kit';
import { concurrently, identityOf } from '@mieux/service-kit/testing';
import { DEPLOY, SET_STATUS, analyst, createAction, officer, planActivity, startActions, startOwners, type Owners, type Subgraph } from './fixtures';

let owners: Owners;
let subgraph: Subgraph;
beforeAll(async () => {
  owners = await startOwners();
  subgraph = await startActions(owners);
  for (const [id, status] of [
    ['expert-a', 'ACTIVE'],
    ['expert-b', 'ACTIVE'],
    ['expert-c', 'INACTIVE'],
    ['expert-d', 'ACTIVE'],
  ])
    owners.experts.set(id, status);
});
afterAll(async () => {
  await subgraph?.close();
  await owners?.stub.close();
});

const deploy = (activityId: string, expertId: string) => subgraph.execute<any>(DEPLOY, { activityId, expertId }, officer);

describe('deploying experts', () => {
  it('deploys an active expert and refuses inactive and unknown ones', async () => {
    const action = await createAction(subgraph, owners);
    const activity = await planActivity(subgraph, action.id, '2027-06-01', '2027-06-03');
    expect((await deploy(activity.id, 'expert-a')).data.deployExpert).toMatchObject({ status: 'ACTIVE', expert: { id: 'expert-a' } });
    expect((await deploy(activity.id, 'expert-c')).errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', expertStatus: 'INACTIVE' } });
    expect((await deploy(activity.id, 'expert-z')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('never books an expert on overlapping dates; cancelling frees the dates', async () => {
    const action = await createAction(subgraph, owners);
    const june = await planActivity(subgraph, action.id, '2027-07-01', '2027-07-05');
    const overlap = await planActivity(subgraph, action.id, '2027-07-05', '2027-07-06');
    const later = await planActivity(subgraph, action.id, '2027-07-06', '2027-07-08');
    const first = (await deploy(june.id, 'expert-b')).data.deployExpert;
    expect((await deploy(overlap.id, 'expert-b')).errors?.[0].message).toBe('Expert expert-b is already deployed from 2027-07-01 to 2027-07-05');
    expect((await deploy(later.id, 'expert-b')).errors).toBeUndefined();
    await subgraph.execute(`mutation($id: ID!) { cancelDeployment(id: $id) { status } }`, { id: first.id }, officer);
    expect((await deploy(overlap.id, 'expert-b')).errors?.[0].message).toMatch(/2027-07-06 to 2027-07-08/);
  });

  it('cancelling an activity cancels its deployments and frees the experts, and refuses deploying to it', async () => {
    const action = await createAction(subgraph, owners);
    const cancelled = await planActivity(subgraph, action.id, '2028-03-01', '2028-03-03');
    const other = await planActivity(subgraph, action.id, '2028-03-02');
    expect((await deploy(cancelled.id, 'expert-a')).errors).toBeUndefined();
    await subgraph.execute(SET_STATUS, { id: cancelled.id, status: 'CANCELLED' }, officer);
    const deployments = await subgraph.execute<any>(
      `query($id: ID!) { activity(id: $id) { deployments { edges { node { status } } } } }`,
      { id: cancelled.id },
      officer,
    );
    expect(deployments.data.activity.deployments.edges).toEqual([{ node: { status: 'CANCELLED' } }]);
    expect((await deploy(other.id, 'expert-a')).errors).toBeUndefined();
    expect((await deploy(cancelled.id, 'expert-b')).errors?.[0]).toMatchObject({
      message: 'Activity is CANCELLED; experts are deployed to PLANNED or CONFIRMED activities',
      extensions: { code: 'CONFLICT', currentStatus: 'CANCELLED' },
    });
  });

  it('cancels a deployment once, then refuses with where it stands', async () => {
    const action = await createAction(subgraph, owners);
    const activity = await planActivity(subgraph, action.id, '2028-02-01');
    const deployment = (await deploy(activity.id, 'expert-d')).data.deployExpert;
    const cancel = () => subgraph.execute<any>(`mutation($id: ID!) { cancelDeployment(id: $id) { status } }`, { id: deployment.id }, officer);
    expect((await cancel()).data.cancelDeployment).toEqual({ status: 'CANCELLED' });
    expect((await cancel()).errors?.[0]).toMatchObject({
      message: 'Deployment is CANCELLED; it is final, not CANCELLED',
      extensions: { code: 'CONFLICT', currentStatus: 'CANCELLED', allowed: [] },
    });
  });

  it('of 20 concurrent bookings on overlapping activities, exactly one succeeds', async () => {
    const action = await createAction(subgraph, owners);
    const activities = await concurrently(20, (i) => planActivity(subgraph, action.id, `2027-09-${String(1 + (i % 4)).padStart(2, '0')}`, '2027-09-04'));
    const results = await concurrently(20, (i) => deploy(activities[i].id, 'expert-d'));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(19);
    const [{ n }] = await subgraph.database.dataSource.query("SELECT COUNT(*) AS n FROM deployment WHERE expert_id = 'expert-d' AND status = 'ACTIVE'");
    expect(Number(n)).toBe(1);
  });

  it('returns the same deployment to 20 racing replays of one idempotency key, and refuses the key with another payload', async () => {
    const action = await createAction(subgraph, owners);
    const activity = await planActivity(subgraph, action.id, '2028-03-01');
    const mutation = `mutation($a: ID!, $e: ID!, $role: DeploymentRole!) { deployExpert(activityId: $a, expertId: $e, role: $role, idempotencyKey: "deploy-1") { id } }`;
    const results = await concurrently(20, () => subgraph.execute<any>(mutation, { a: activity.id, e: 'expert-a', role: 'LEAD_EXPERT' }, officer));
    expect(results.map((r) => r.errors)).toEqual(Array(20).fill(undefined));
    expect(new Set(results.map((r) => r.data.deployExpert.id)).size).toBe(1);
    const later = await subgraph.execute<any>(mutation, { a: activity.id, e: 'expert-a', role: 'LEAD_EXPERT' }, officer);
    expect(later.data.deployExpert.id).toBe(results[0].data.deployExpert.id);
    const [{ n }] = await subgraph.database.dataSource.query('SELECT COUNT(*) AS n FROM deployment WHERE idempotency_key = ?', [
      scopedIdempotencyKey(officer, 'deploy-1', null),
    ]);
    expect(Number(n)).toBe(1);
    const other = await subgraph.execute<any>(mutation, { a: activity.id, e: 'expert-a', role: 'EXPERT' }, officer);
    expect(other.errors?.[0]).toMatchObject({
      message: 'Invalid input: idempotencyKey: was already used for a different request',
      extensions: { code: 'BAD_USER_INPUT', field: 'idempotencyKey' },
    });
  });

  it('tells matching who is busy on overlapping dates', async () => {
    const action = await createAction(subgraph, owners);
    const a = await planActivity(subgraph, action.id, '2028-01-10', '2028-01-12');
    const b = await planActivity(subgraph, action.id, '2028-01-12', '2028-01-14');
    const c = await planActivity(subgraph, action.id, '2028-01-20', '2028-01-21');
    await deploy(a.id, 'expert-a');
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Activity { id busyExpertIds } } }`;
    const result = await subgraph.execute<any>(query, { r: [a, b, c].map((x) => ({ __typename: 'Activity', id: x.id })) }, officer);
    expect(result.data._entities.map((e: any) => e.busyExpertIds)).toEqual([['expert-a'], ['expert-a'], []]);
  });

  it("shows an expert's deployments to the expert and the reading roles only", async () => {
    owners.experts.set('expert-e', 'ACTIVE');
    const action = await createAction(subgraph, owners);
    const activity = await planActivity(subgraph, action.id, '2028-05-02', '2028-05-03');
    await deploy(activity.id, 'expert-e');
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Expert { id deployments { totalCount edges { node { status activity { startsOn } } } } } } }`;
    const r = [{ __typename: 'Expert', id: 'expert-e' }];
    const seen = [{ id: 'expert-e', deployments: { totalCount: 1, edges: [{ node: { status: 'ACTIVE', activity: { startsOn: '2028-05-02' } } }] } }];
    expect((await subgraph.execute<any>(query, { r }, analyst)).data._entities).toEqual(seen);
    expect((await subgraph.execute<any>(query, { r }, identityOf('EXPERT', { expertId: 'expert-e' }))).data._entities).toEqual(seen);
    expect((await subgraph.execute<any>(query, { r }, identityOf('EXPERT', { expertId: 'expert-b' }))).errors?.[0]).toMatchObject({
      message: "An expert's deployments are read by the expert and the reading roles",
      extensions: { code: 'FORBIDDEN' },
    });
    expect((await subgraph.execute<any>(query, { r }, identityOf('PARTNER'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
