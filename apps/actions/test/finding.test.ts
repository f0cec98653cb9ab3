import { callerId } from '@mieux/service-kit';
import { givenOnce, identityOf } from '@mieux/service-kit/testing';
import { analyst, anonymous, createAction, officer, startActions, startOwners, type Owners, type Subgraph } from './fixtures';

/** Actions found by their reference: the whole reference, its beginning, in any case. */
let owners: Owners;
let subgraph: Subgraph;
const references: string[] = [];
const ministry = identityOf('PARTNER', { sub: 'focal@travail.gouv.sn', org: 'institution-travail' });
const otherMinistry = identityOf('PARTNER', { sub: 'focal@interieur.gouv.sn', org: 'institution-interieur' });
beforeAll(async () => {
  owners = await startOwners();
  subgraph = await startActions(owners);
});
// Made in the first test that runs (the kit's givenOnce), so mutation testing attributes creation to it.
const given = givenOnce(async () => {
  for (const approvedOn of ['2016-05-01', '2016-07-01', '2017-02-01']) {
    references.push((await createAction(subgraph, owners, { approvedOn, partners: [{ id: 'institution-travail' }] })).reference);
  }
});
beforeEach(given, 60_000);
afterAll(async () => {
  await subgraph?.close();
  await owners?.stub.close();
});

const BY_REFERENCE = `query($reference: String!) { actionByReference(reference: $reference) { reference } }`;
const LIST = `query($filter: ActionFilter) { actions(first: 20, filter: $filter) { totalCount edges { node { reference } } } }`;
async function found(filter: Record<string, unknown>): Promise<string[]> {
  const result = await subgraph.execute<any>(LIST, { filter }, analyst);
  expect(result.errors).toBeUndefined();
  return result.data.actions.edges.map((e: any) => e.node.reference);
}

describe('an Action found by its reference', () => {
  it('answers the reference whole, in any case, to the reading roles and to its partners only', async () => {
    expect(references).toEqual(['MIEUX-2016-001', 'MIEUX-2016-002', 'MIEUX-2017-001']);
    const byReference = async (reference: string, as = analyst) => (await subgraph.execute<any>(BY_REFERENCE, { reference }, as)).data?.actionByReference;
    expect(await byReference('MIEUX-2016-002')).toEqual({ reference: 'MIEUX-2016-002' });
    expect(await byReference(' mieux-2016-002')).toEqual({ reference: 'MIEUX-2016-002' });
    expect(await byReference('MIEUX-2016')).toBeNull();
    expect(await byReference('MIEUX-2016-002', ministry)).toEqual({ reference: 'MIEUX-2016-002' });
    expect(await byReference('MIEUX-2016-002', otherMinistry)).toBeNull();
    expect((await subgraph.execute(BY_REFERENCE, { reference: 'MIEUX-2016-002' }, anonymous)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('is listed by the reference filter, whole or by its beginning', async () => {
    expect(await found({ reference: 'MIEUX-2016-001' })).toEqual(['MIEUX-2016-001']);
    expect(await found({ reference: 'mieux-2016' })).toEqual(['MIEUX-2016-002', 'MIEUX-2016-001']);
    expect(await found({ reference: 'MIEUX-20_6' })).toEqual([]);
    expect(await found({ reference: 'MIEUX-2017', region: 'ASIA_AND_PACIFIC' })).toEqual([]);
  });
});

describe('the project officer in charge of an Action', () => {
  const officerOf = (signIn: string) => identityOf('PROJECT_OFFICER', { sub: signIn });
  const idOf = (signIn: string) => callerId(officerOf(signIn));
  const ASSIGN = `mutation($id: ID!, $officerId: ID!) { assignAction(id: $id, officerId: $officerId) { reference assignedOfficer { id } } }`;
  const MINE = `{ myActions(first: 10) { totalCount edges { node { reference } } } }`;

  it("is its request's when it is created, and another once assigned, recorded in its history; lists filter by it", async () => {
    const amina = idOf('amina.diallo@mieux.example.eu');
    const karim = idOf('karim.haddad@mieux.example.eu');
    owners.officers.set(karim, 'Karim Haddad');
    const created = await createAction(subgraph, owners, { approvedOn: '2018-01-10', assignedOfficer: { id: amina } });
    const HELD = `query($id: ID!) { action(id: $id) { assignedOfficer { id } history { from to by actorId reason } } }`;
    expect((await subgraph.execute<any>(HELD, { id: created.id }, analyst)).data.action.assignedOfficer).toEqual({ id: amina });
    expect(await found({ assignedOfficerId: amina })).toEqual([created.reference]);

    const assigned = await subgraph.execute<any>(ASSIGN, { id: created.id, officerId: karim }, officer);
    expect(assigned.data.assignAction).toEqual({ reference: created.reference, assignedOfficer: { id: karim } });
    const { history } = (await subgraph.execute<any>(HELD, { id: created.id }, analyst)).data.action;
    expect(history.at(-1)).toEqual({ from: 'PLANNED', to: 'PLANNED', by: 'PROJECT_OFFICER', actorId: callerId(officer), reason: 'Assigned to Karim Haddad' });
    expect(await found({ assignedOfficerId: amina })).toEqual([]);
    expect(await found({ assignedOfficerId: karim })).toEqual([created.reference]);

    expect((await subgraph.execute<any>(MINE, {}, officerOf('karim.haddad@mieux.example.eu'))).data.myActions).toEqual({
      totalCount: 1,
      edges: [{ node: { reference: created.reference } }],
    });
    expect((await subgraph.execute<any>(MINE, {}, officerOf('amina.diallo@mieux.example.eu'))).data.myActions.totalCount).toBe(0);
    expect((await subgraph.execute<any>(MINE, {}, ministry)).data.myActions.totalCount).toBe(3);
    expect((await subgraph.execute<any>(MINE, {}, otherMinistry)).data.myActions.totalCount).toBe(0);
  });

  it('refuses an officer the requests service does not know, an unknown Action, and anyone but a project officer', async () => {
    const karim = idOf('karim.haddad@mieux.example.eu');
    const [first] = await found({ reference: 'MIEUX-2016-001' });
    const { id } = (await subgraph.execute<any>(`{ actionByReference(reference: "${first}") { id } }`, {}, analyst)).data.actionByReference;
    expect((await subgraph.execute(ASSIGN, { id, officerId: 'nobody' }, officer)).errors?.[0]).toMatchObject({
      extensions: { code: 'NOT_FOUND', entity: 'ProjectOfficer' },
    });
    expect((await subgraph.execute(ASSIGN, { id: 'unknown', officerId: karim }, officer)).errors?.[0]).toMatchObject({
      extensions: { code: 'NOT_FOUND', entity: 'Action' },
    });
    expect((await subgraph.execute(ASSIGN, { id, officerId: karim }, analyst)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
