import { countStatements, givenOnce, identityOf } from '@mieux/service-kit/testing';
import {
  CREATE,
  analyst,
  anonymous,
  approvedRequest,
  committee,
  officer,
  partner,
  planActivity,
  startActions,
  startOwners,
  type Owners,
  type Subgraph,
} from './fixtures';

let owners: Owners;
let subgraph: Subgraph;
const actions: { id: string }[] = [];
const activities: { id: string }[] = [];
const requestIds: string[] = [];
beforeAll(async () => {
  owners = await startOwners();
  subgraph = await startActions(owners);
});
// Made in the first test that runs (the kit's givenOnce), so mutation testing attributes creation to it.
const given = givenOnce(async () => {
  for (let i = 0; i < 50; i += 1) {
    const requestId = approvedRequest(owners, { approvedOn: `20${10 + (i % 10)}-0${1 + (i % 9)}-15` });
    requestIds.push(requestId);
    const action = (await subgraph.execute<any>(CREATE, { requestId }, officer)).data.createAction;
    actions.push(action);
    activities.push(await planActivity(subgraph, action.id, '2027-01-10'));
  }
});
beforeEach(given, 120_000);
afterAll(async () => {
  await subgraph?.close();
  await owners?.stub.close();
});

const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on Action { id reference launchedOn activities { edges { node { id deployments { edges { node { id } } } } } } }
  ... on Activity { id title action { reference } busyExpertIds }
  ... on Request { id requestAction: action { reference } }
} }`;

describe('_entities, one statement per level whatever N', () => {
  it.each([
    ['Action', () => actions.map((a) => ({ __typename: 'Action', id: a.id })), 4],
    ['Activity', () => activities.map((a) => ({ __typename: 'Activity', id: a.id })), 3],
    ['Request', () => requestIds.map((id) => ({ __typename: 'Request', id })), 1],
  ])('%s', async (_, representations, levels) => {
    const counts: number[] = [];
    for (const n of [1, 10, 50]) {
      let result: any;
      counts.push(
        await countStatements(subgraph.database, async () => {
          result = await subgraph.execute(ENTITIES, { r: representations().slice(0, n) }, analyst);
        }),
      );
      expect(result.errors).toBeUndefined();
      expect(result.data._entities.filter(Boolean)).toHaveLength(n);
    }
    expect(counts).toEqual([levels, levels, levels]);
  });
});

describe('reading Actions by role', () => {
  const LIST = `{ actions(first: 5, filter: { approvedFrom: "2012-01-01" }) { totalCount edges { node { reference approvedOn } } } }`;
  it.each([
    ['officer', officer, null],
    ['committee', committee, null],
    ['analyst', analyst, null],
    ['admin', identityOf('ADMIN'), null],
    ['partner of no Action', partner, 0],
    ['expert', identityOf('EXPERT', { expertId: 'x' }), 'FORBIDDEN'],
    ['anonymous', anonymous, 'UNAUTHENTICATED'],
  ])('%s', async (_, who, code) => {
    const result = await subgraph.execute<any>(LIST, {}, who);
    if (typeof code === 'string') expect(result.errors?.[0].extensions?.code).toBe(code);
    else expect(result.data.actions.totalCount).toBe(code ?? 40);
  });

  it('hides Actions from _entities for roles that may not read them', async () => {
    const result = await subgraph.execute<any>(ENTITIES, { r: [{ __typename: 'Action', id: actions[0].id }] }, partner);
    expect(result.data._entities).toEqual([null]);
  });

  it.each([
    ['createAction', `mutation { createAction(input: { requestId: "x" }) { id } }`],
    [
      'planActivity',
      `mutation { planActivity(actionId: "x", input: { type: TRAINING, format: NEEDS_ASSESSMENT, title: "t", startsOn: "2027-01-01", endsOn: "2027-01-01", countryCode: "SN" }) { id } }`,
    ],
    ['setActivityStatus', `mutation { setActivityStatus(id: "x", status: HELD) { id } }`],
    ['deployExpert', `mutation { deployExpert(activityId: "x", expertId: "y", role: EXPERT) { id } }`],
    ['closeAction', `mutation { closeAction(id: "x") { id } }`],
  ])('%s is for project officers', async (_, mutation) => {
    for (const who of [analyst, committee, partner]) expect((await subgraph.execute(mutation, {}, who)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await subgraph.execute(mutation, {}, anonymous)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
