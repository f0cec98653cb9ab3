import { givenOnce, identityOf } from '@mieux/service-kit/testing';
import {
  DEPLOY,
  SET_STATUS,
  analyst,
  anonymous,
  createAction,
  officer,
  partner,
  planActivity,
  startActions,
  startOwners,
  type Owners,
  type Subgraph,
} from './fixtures';

/** Its own Actions, known by heart, so that each list filter's answer is exact. */
let owners: Owners;
let subgraph: Subgraph;
const made: Record<string, string> = {};
beforeAll(async () => {
  owners = await startOwners();
  subgraph = await startActions(owners);
  owners.experts.set('expert-reader', 'ACTIVE');
});
// Made in the first test that runs (the kit's givenOnce), so mutation testing attributes creation to it.
const given = givenOnce(async () => {
  const specs: [string, Record<string, unknown>][] = [
    ['senegal2011', { approvedOn: '2011-03-01', country: { code: 'SN', region: 'AFRICA' } }],
    [
      'morocco2017',
      { approvedOn: '2017-06-01', country: { code: 'MA', region: 'SOUTHERN_NEIGHBOURHOOD' }, thematicAreas: ['INTERNATIONAL_PROTECTION_AND_ASYLUM'] },
    ],
    ['ghana2021', { approvedOn: '2021-02-01', country: { code: 'GH', region: 'AFRICA' } }],
  ];
  for (const [name, fields] of specs) made[name] = (await createAction(subgraph, owners, fields)).id;
  await subgraph.execute(`mutation($id: ID!) { cancelAction(id: $id, reason: "Partner withdrew") { status } }`, { id: made.ghana2021 }, officer);
});
beforeEach(given, 60_000);
afterAll(async () => {
  await subgraph?.close();
  await owners?.stub.close();
});

const LIST = `query($filter: ActionFilter) { actions(first: 20, filter: $filter) { totalCount edges { node { id } } } }`;
const named = (ids: string[]) =>
  Object.keys(made)
    .filter((n) => ids.includes(made[n]))
    .sort();

describe('the Action list', () => {
  it.each([
    [{}, ['ghana2021', 'morocco2017', 'senegal2011']],
    [{ status: ['CANCELLED'] }, ['ghana2021']],
    [{ status: ['PLANNED'] }, ['morocco2017', 'senegal2011']],
    [{ countryCode: 'ma' }, ['morocco2017']],
    [{ region: 'AFRICA' }, ['ghana2021', 'senegal2011']],
    [{ thematicArea: 'INTERNATIONAL_PROTECTION_AND_ASYLUM' }, ['morocco2017']],
    [{ phase: 'MIEUX_I' }, ['senegal2011']],
    [{ phase: 'MIEUX_II' }, []],
    [{ approvedFrom: '2017-01-01', approvedTo: '2020-12-31' }, ['morocco2017']],
    // A phase and dates that do not meet: nothing, not every Action.
    [{ phase: 'MIEUX_I', approvedFrom: '2020-01-01' }, []],
  ])('filtered by %j: %j', async (filter, expected) => {
    const list = (await subgraph.execute<any>(LIST, { filter }, analyst)).data.actions;
    expect(named(list.edges.map((e: any) => e.node.id))).toEqual(expected);
    expect(list.totalCount).toBe(expected.length);
  });

  it('pages newest first: the next page starts after the cursor, on the approval dates', async () => {
    const PAGE = `query($after: String) { actions(first: 2, after: $after, filter: { approvedTo: "2022-12-31" }) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
    const first = (await subgraph.execute<any>(PAGE, {}, analyst)).data.actions;
    expect(first.edges.map((e: any) => e.node.id)).toEqual([made.ghana2021, made.morocco2017]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = (await subgraph.execute<any>(PAGE, { after: first.pageInfo.endCursor }, analyst)).data.actions;
    expect(next).toEqual({ pageInfo: { hasNextPage: false, endCursor: expect.any(String) }, edges: [{ node: { id: made.senegal2011 } }] });
  });

  it('is read by the reading roles, and by partners for their institution only', async () => {
    expect((await subgraph.execute(LIST, {}, identityOf('EXPERT', { expertId: 'e-1' }))).errors?.[0]).toMatchObject({
      message: 'This needs one of the roles PROJECT_OFFICER, STEERING_COMMITTEE, ANALYST, PARTNER',
      extensions: { code: 'FORBIDDEN' },
    });
    expect((await subgraph.execute<any>(LIST, {}, partner)).data.actions).toMatchObject({ totalCount: 0, edges: [] });
    expect((await subgraph.execute(LIST, {}, anonymous)).errors?.[0]).toMatchObject({ message: 'Sign in to do this', extensions: { code: 'UNAUTHENTICATED' } });
  });
});

describe('one Action, one activity', () => {
  const ACTION = `query($id: ID!) { action(id: $id) { id status allowedTransitions country { code } region activityCount activities { totalCount edges { node { id } } } } }`;
  const ACTIVITY = `query($id: ID!) { activity(id: $id) { id status allowedTransitions countryCode country { code } city online thematicAreas action { id } deployments { edges { node { expert { id } } } } } }`;

  it('answers an Action by id, with what it may still become, and null for an unknown id', async () => {
    expect((await subgraph.execute<any>(ACTION, { id: made.senegal2011 }, analyst)).data.action).toEqual({
      id: made.senegal2011,
      status: 'PLANNED',
      allowedTransitions: ['IN_IMPLEMENTATION', 'CANCELLED'],
      country: { code: 'SN' },
      region: 'AFRICA',
      activityCount: 0,
      activities: { totalCount: 0, edges: [] },
    });
    expect((await subgraph.execute<any>(ACTION, { id: made.ghana2021 }, analyst)).data.action).toMatchObject({ status: 'CANCELLED', allowedTransitions: [] });
    expect((await subgraph.execute<any>(ACTION, { id: 'unknown' }, analyst)).data.action).toBeNull();
    expect((await subgraph.execute<any>(ACTION, { id: made.senegal2011 }, partner)).data.action).toBeNull();
  });

  it('refuses to plan on a cancelled Action and to close one that is not completed, naming the status', async () => {
    const plan = `mutation($a: ID!) { planActivity(actionId: $a, input: { type: TRAINING, format: TRAINING_OF_TRAINERS, title: "T", startsOn: "2027-01-01", endsOn: "2027-01-01", countryCode: "GH" }) { id } }`;
    expect((await subgraph.execute(plan, { a: made.ghana2021 }, officer)).errors?.[0]).toMatchObject({
      message: 'Action is CANCELLED; activities are planned while it is PLANNED or IN_IMPLEMENTATION',
      extensions: { code: 'CONFLICT', currentStatus: 'CANCELLED' },
    });
    expect((await subgraph.execute(plan, { a: 'unknown' }, officer)).errors?.[0]).toMatchObject({
      message: 'Action unknown was not found',
      extensions: { code: 'NOT_FOUND' },
    });
    const close = await subgraph.execute(`mutation($id: ID!) { closeAction(id: $id) { status } }`, { id: made.senegal2011 }, officer);
    expect(close.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', currentStatus: 'PLANNED', allowed: ['IN_IMPLEMENTATION', 'CANCELLED'] } });
    expect((await subgraph.execute(`mutation { cancelAction(id: "unknown", reason: "x") { status } }`, {}, officer)).errors?.[0]).toMatchObject({
      message: 'Action unknown was not found',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('answers an activity to the reading roles and to the experts deployed on it, and to no one else (a partner of no institution included)', async () => {
    const action = await createAction(subgraph, owners);
    const activity = await planActivity(subgraph, action.id, '2027-08-01');
    await subgraph.execute(DEPLOY, { activityId: activity.id, expertId: 'expert-reader' }, officer);
    const expected = {
      id: activity.id,
      status: 'PLANNED',
      allowedTransitions: ['CONFIRMED', 'CANCELLED'], // not held before its first day
      countryCode: 'SN',
      country: { code: 'SN' },
      city: 'Dakar',
      online: false,
      thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'],
      action: { id: action.id },
      deployments: { edges: [{ node: { expert: { id: 'expert-reader' } } }] },
    };
    expect((await subgraph.execute<any>(ACTIVITY, { id: activity.id }, analyst)).data.activity).toEqual(expected);
    expect((await subgraph.execute<any>(ACTIVITY, { id: activity.id }, identityOf('EXPERT', { expertId: 'expert-reader' }))).data.activity).toEqual(expected);
    expect((await subgraph.execute<any>(ACTIVITY, { id: activity.id }, identityOf('EXPERT', { expertId: 'someone-else' }))).data.activity).toBeNull();
    expect((await subgraph.execute<any>(ACTIVITY, { id: activity.id }, partner)).data.activity).toBeNull();
    // An expert id read only with the EXPERT role: a partner's token carrying one reads nothing by it.
    expect((await subgraph.execute<any>(ACTIVITY, { id: activity.id }, identityOf('PARTNER', { expertId: 'expert-reader' }))).data.activity).toBeNull();
    // Each expert deployed on it reads it, not only when all of them are the caller.
    owners.experts.set('expert-reader-2', 'ACTIVE');
    await subgraph.execute(DEPLOY, { activityId: activity.id, expertId: 'expert-reader-2' }, officer);
    for (const expertId of ['expert-reader', 'expert-reader-2']) {
      expect((await subgraph.execute<any>(ACTIVITY, { id: activity.id }, identityOf('EXPERT', { expertId }))).data.activity).toMatchObject({ id: activity.id });
    }
    expect((await subgraph.execute(ACTIVITY, { id: activity.id }, anonymous)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await subgraph.execute(SET_STATUS, { id: 'unknown', status: 'HELD' }, officer)).errors?.[0]).toMatchObject({
      message: 'Activity unknown was not found',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('cancels a deployment once, freeing the expert, and says so the second time', async () => {
    owners.experts.set('expert-cancel', 'ACTIVE');
    const action = await createAction(subgraph, owners);
    const activity = await planActivity(subgraph, action.id, '2027-09-01');
    const deployment = (await subgraph.execute<any>(DEPLOY, { activityId: activity.id, expertId: 'expert-cancel' }, officer)).data.deployExpert;
    const CANCEL = `mutation($id: ID!) { cancelDeployment(id: $id) { id status } }`;
    expect((await subgraph.execute<any>(CANCEL, { id: deployment.id }, officer)).data.cancelDeployment).toEqual({ id: deployment.id, status: 'CANCELLED' });
    expect((await subgraph.execute(CANCEL, { id: deployment.id }, officer)).errors?.[0]).toMatchObject({
      message: 'Deployment is CANCELLED; it is final, not CANCELLED',
      extensions: { code: 'CONFLICT' },
    });
    expect((await subgraph.execute(CANCEL, { id: 'unknown' }, officer)).errors?.[0]).toMatchObject({
      message: 'Deployment unknown was not found',
      extensions: { code: 'NOT_FOUND' },
    });
    expect((await subgraph.execute(CANCEL, { id: deployment.id }, analyst)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('nested lists as connections', () => {
  const ACTIVITIES = `query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) { action(id: $id) {
    activities(first: $first, after: $after, last: $last, before: $before) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { startsOn } } } } }`;
  const page = async (variables: Record<string, unknown>) => (await subgraph.execute<any>(ACTIVITIES, variables, analyst)).data.action.activities;
  const dates = (connection: any) => connection.edges.map((e: any) => e.node.startsOn);

  it("pages an Action's activities by start date, both ways, and refuses a forged cursor or a page over 100", async () => {
    const action = await createAction(subgraph, owners);
    for (const day of ['2027-05-03', '2027-05-01', '2027-05-04', '2027-05-02']) await planActivity(subgraph, action.id, day);
    const firstTwo = await page({ id: action.id, first: 2 });
    expect(dates(firstTwo)).toEqual(['2027-05-01', '2027-05-02']);
    expect(firstTwo).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true, hasPreviousPage: false } });
    const next = await page({ id: action.id, first: 2, after: firstTwo.pageInfo.endCursor });
    expect(dates(next)).toEqual(['2027-05-03', '2027-05-04']);
    expect(next.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const back = await page({ id: action.id, last: 1, before: next.pageInfo.startCursor });
    expect(dates(back)).toEqual(['2027-05-02']);
    expect(back.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true, startCursor: firstTwo.edges[1].cursor });
    for (const variables of [{ after: 'forged' }, { first: 101 }, { first: 1, last: 1 }]) {
      expect((await subgraph.execute(ACTIVITIES, { id: action.id, ...variables }, analyst)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it("pages an activity's experts in booking order", async () => {
    const action = await createAction(subgraph, owners);
    const activity = await planActivity(subgraph, action.id, '2027-10-01');
    const experts = ['expert-n1', 'expert-n3', 'expert-n2'];
    for (const expertId of experts) {
      owners.experts.set(expertId, 'ACTIVE');
      expect((await subgraph.execute(DEPLOY, { activityId: activity.id, expertId }, officer)).errors).toBeUndefined();
    }
    const DEPLOYMENTS = `query($id: ID!, $after: String) { activity(id: $id) { deployments(first: 2, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { expert { id } } } } } }`;
    const first = (await subgraph.execute<any>(DEPLOYMENTS, { id: activity.id }, analyst)).data.activity.deployments;
    expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const rest = (await subgraph.execute<any>(DEPLOYMENTS, { id: activity.id, after: first.pageInfo.endCursor }, analyst)).data.activity.deployments;
    expect([...first.edges, ...rest.edges].map((e: any) => e.node.expert.id)).toEqual(experts);
  });
});
