import { givenOnce, identityOf } from '@mieux/service-kit/testing';
import { createAction, DEPLOY, officer, planActivity, startActions, startOwners, type Owners, type Subgraph } from './fixtures';

/** Partners read the Actions of their institution (copied from the request when the Action is created), and only those. */
let owners: Owners;
let subgraph: Subgraph;
beforeAll(async () => {
  owners = await startOwners();
  subgraph = await startActions(owners);
});
afterAll(async () => {
  await subgraph?.close();
  await owners?.stub.close();
});

const ours = identityOf('PARTNER', { sub: 'f.sow@travail.gouv.sn', org: 'institution-a' });
const theirs = identityOf('PARTNER', { sub: 'x@anpe.sn', org: 'institution-b' });
const ACTION = `query($id: ID!) { action(id: $id) { id reference activities { edges { node { id deployments { edges { node { role expert { id } } } } } } } } }`;
const ACTIVITY = `query($id: ID!) { activity(id: $id) { id action { id } } }`;
const LIST = `{ actions(first: 10) { totalCount edges { node { id } } } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Action { id } ... on Request { action { id } } ... on Activity { id } } }`;

describe("a partner institution's Action", () => {
  let action: { id: string; reference: string };
  let activityId: string;
  // Made in the first test that runs (the kit's givenOnce), so mutation testing attributes creation to it.
  const given = givenOnce(async () => {
    action = await createAction(subgraph, owners, { partners: [{ id: 'institution-a' }, { id: 'institution-c' }] });
    await createAction(subgraph, owners, { partners: [{ id: 'institution-b' }] });
    activityId = (await planActivity(subgraph, action.id, '2027-09-01')).id;
    owners.experts.set('expert-public', 'ACTIVE');
    await subgraph.execute(DEPLOY, { activityId, expertId: 'expert-public' }, officer);
  });
  beforeEach(given, 60_000);

  it('is read by its partners with its activities and deployed experts', async () => {
    expect((await subgraph.execute<any>(ACTION, { id: action.id }, ours)).data.action).toEqual({
      id: action.id,
      reference: action.reference,
      activities: { edges: [{ node: { id: activityId, deployments: { edges: [{ node: { role: 'EXPERT', expert: { id: 'expert-public' } } }] } } }] },
    });
    expect((await subgraph.execute<any>(ACTIVITY, { id: activityId }, ours)).data.activity).toEqual({ id: activityId, action: { id: action.id } });
    expect((await subgraph.execute<any>(LIST, {}, ours)).data.actions).toEqual({ totalCount: 1, edges: [{ node: { id: action.id } }] });
  });

  it('is not read by the partners of another institution, nor through the entities', async () => {
    expect((await subgraph.execute<any>(ACTION, { id: action.id }, theirs)).data.action).toBeNull();
    expect((await subgraph.execute<any>(ACTIVITY, { id: activityId }, theirs)).data.activity).toBeNull();
    expect((await subgraph.execute<any>(LIST, {}, theirs)).data.actions.totalCount).toBe(1);
    const representations = [
      { __typename: 'Action', id: action.id },
      {
        __typename: 'Request',
        id: (await subgraph.execute<any>(`query($id: ID!) { action(id: $id) { request { id } } }`, { id: action.id }, officer)).data.action.request.id,
      },
      { __typename: 'Activity', id: activityId },
    ];
    expect((await subgraph.execute<any>(ENTITIES, { r: representations }, theirs)).data._entities).toEqual([null, { action: null }, null]);
    expect((await subgraph.execute<any>(ENTITIES, { r: representations }, ours)).data._entities).toEqual([
      { id: action.id },
      { action: { id: action.id } },
      { id: activityId },
    ]);
  });

  it('is not read with a PARTNER token that names no institution, nor with an institution claim under another role', async () => {
    expect((await subgraph.execute<any>(LIST, {}, identityOf('PARTNER'))).data.actions.totalCount).toBe(0);
    const expertWithOrg = { ...identityOf('EXPERT', { expertId: 'e-9' }), org: 'institution-a' };
    expect((await subgraph.execute<any>(ACTIVITY, { id: activityId }, expertWithOrg)).data.activity).toBeNull();
  });

  it('cannot be changed by its partners', async () => {
    const result = await subgraph.execute(`mutation($id: ID!) { cancelAction(id: $id, reason: "no") { id } }`, { id: action.id }, ours);
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
