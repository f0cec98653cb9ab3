import { callerId } from '@mieux/service-kit';
import { identityOf } from '@mieux/service-kit/testing';
import { analyst, expressionOfInterest, officer, partner, startRequests, SUBMIT, type Subgraph } from './fixtures';

/** Project officers, the regions they coordinate, and who is in charge of each request. */
let subgraph: Subgraph;
beforeAll(async () => {
  subgraph = await startRequests();
});
afterAll(() => subgraph?.close());

const SAVE = `mutation($input: ProjectOfficerInput!) { saveProjectOfficer(input: $input) { id displayName coordinatorOf } }`;
const ASSIGN = `mutation($id: ID!, $officerId: ID!) { assignRequest(id: $id, officerId: $officerId) { id assignedOfficer { id displayName } } }`;
const HISTORY = `query($id: ID!) { request(id: $id) { assignedOfficer { displayName } history { kind role actorId reason } } }`;
const MINE = `{ myRequests(first: 10) { totalCount edges { node { reference } } } }`;
const amina = { signIn: 'amina.diallo@mieux.example.eu', displayName: 'Amina Diallo' };
const karim = { signIn: 'karim.haddad@mieux.example.eu', displayName: 'Karim Haddad' };
const idOf = (signIn: string) => callerId({ sub: signIn, roles: ['PROJECT_OFFICER'], expertId: null });
const signedInAs = (signIn: string) => identityOf('PROJECT_OFFICER', { sub: signIn });

async function must<T = any>(query: string, variables: Record<string, unknown>, as = officer): Promise<T> {
  const result = await subgraph.execute<any>(query, variables, as);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return Object.values(result.data)[0] as T;
}

describe('project officers and regional coordinators', () => {
  it('are recorded by project officers under the opaque id of their sign-in; a region has one coordinator', async () => {
    expect(await must(SAVE, { input: { ...amina, coordinatorOf: 'AFRICA' } })).toEqual({
      id: idOf(amina.signIn),
      displayName: 'Amina Diallo',
      coordinatorOf: 'AFRICA',
    });
    await must(SAVE, { input: { ...karim, coordinatorOf: 'SOUTHERN_NEIGHBOURHOOD' } });
    expect(await must(`{ projectOfficers { displayName coordinatorOf } }`, {}, analyst)).toEqual([
      { displayName: 'Amina Diallo', coordinatorOf: 'AFRICA' },
      { displayName: 'Karim Haddad', coordinatorOf: 'SOUTHERN_NEIGHBOURHOOD' },
    ]);
    // Karim takes Africa over: Amina coordinates no region any more.
    await must(SAVE, { input: { ...karim, coordinatorOf: 'AFRICA' } });
    expect(await must(`{ projectOfficers { displayName coordinatorOf } }`, {}, analyst)).toEqual([
      { displayName: 'Amina Diallo', coordinatorOf: null },
      { displayName: 'Karim Haddad', coordinatorOf: 'AFRICA' },
    ]);
    await must(SAVE, { input: { ...amina, coordinatorOf: 'AFRICA' } });
    const ONE = `query($id: ID!) { projectOfficer(id: $id) { displayName coordinatorOf } }`;
    expect(await must(ONE, { id: idOf(amina.signIn) }, analyst)).toEqual({ displayName: 'Amina Diallo', coordinatorOf: 'AFRICA' });
    expect(await must(ONE, { id: 'nobody' }, analyst)).toBeNull();
  });

  it('are written to at the address and in the language recorded, which only project officers read', async () => {
    await must(SAVE, { input: { ...karim, email: 'Karim.Haddad@mieux.example.eu', language: 'FR' } });
    const ONE = `query($id: ID!) { projectOfficer(id: $id) { email language } }`;
    expect(await must(ONE, { id: idOf(karim.signIn) })).toEqual({ email: 'karim.haddad@mieux.example.eu', language: 'FR' });
    expect(await must(ONE, { id: idOf(karim.signIn) }, analyst)).toEqual({ email: null, language: 'FR' });
    // Saved again without them: no address (no e-mail is sent), English.
    await must(SAVE, { input: karim });
    expect(await must(ONE, { id: idOf(karim.signIn) })).toEqual({ email: null, language: 'EN' });
    const wrong = await subgraph.execute(SAVE, { input: { ...karim, email: 'not an address' } }, officer);
    expect(wrong.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.email' } });
  });

  it('refuses an officer without a name, naming the field, and anyone but a project officer', async () => {
    const blank = await subgraph.execute(SAVE, { input: { signIn: 'x@mieux.example.eu', displayName: ' ' } }, officer);
    expect(blank.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.displayName' } });
    expect((await subgraph.execute(SAVE, { input: amina }, analyst)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the officer in charge of a request', () => {
  it("is the coordinator of the request's region when it is submitted, recorded in its history without an actor", async () => {
    const submitted = await must(SUBMIT, { input: expressionOfInterest({ countryCode: 'SN' }) });
    expect(await must(HISTORY, { id: submitted.id })).toEqual({
      assignedOfficer: { displayName: 'Amina Diallo' },
      history: [
        { kind: 'TRANSITION', role: 'PROJECT_OFFICER', actorId: idOf('project_officer@example.org'), reason: null },
        { kind: 'ASSIGNMENT', role: null, actorId: null, reason: 'Assigned to Amina Diallo, regional coordinator for AFRICA' },
      ],
    });
    const elsewhere = await must(SUBMIT, {
      input: expressionOfInterest({ countryCode: 'UA', institutions: [{ name: 'Ministry', type: 'NATIONAL_INSTITUTION', countryCode: 'UA' }] }),
    });
    expect((await must(HISTORY, { id: elsewhere.id })).assignedOfficer).toBeNull();
  });

  it('is assigned by a project officer, recorded in the history, and lists filter by it', async () => {
    const { id, reference } = await must(SUBMIT, { input: expressionOfInterest({ countryCode: 'GH', title: 'Assigned to Karim' }) });
    expect(await must(ASSIGN, { id, officerId: idOf(karim.signIn) })).toEqual({ id, assignedOfficer: { id: idOf(karim.signIn), displayName: 'Karim Haddad' } });
    expect((await must(HISTORY, { id })).history.at(-1)).toEqual({
      kind: 'ASSIGNMENT',
      role: 'PROJECT_OFFICER',
      actorId: idOf('project_officer@example.org'),
      reason: 'Assigned to Karim Haddad',
    });
    const list = await must(`query($officer: ID) { requests(first: 10, filter: { assignedOfficerId: $officer }) { edges { node { reference } } } }`, {
      officer: idOf(karim.signIn),
    });
    expect(list.edges).toEqual([{ node: { reference } }]);
    expect((await subgraph.execute(ASSIGN, { id, officerId: 'nobody' }, officer)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await subgraph.execute(ASSIGN, { id, officerId: idOf(karim.signIn) }, analyst)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it("answers myRequests: a project officer's assigned requests, a partner's own (those it submitted signed in)", async () => {
    const karims = await must(MINE, {}, signedInAs(karim.signIn));
    expect(karims).toMatchObject({ totalCount: 1, edges: [{ node: { reference: expect.stringMatching(/^REQ-/) } }] });
    const aminas = await must(MINE, {}, signedInAs(amina.signIn));
    expect(aminas.totalCount).toBe(1);
    const own = await must(SUBMIT, { input: expressionOfInterest({ countryCode: 'UA', title: 'Submitted signed in' }) }, partner);
    expect(await must(MINE, {}, partner)).toEqual({ totalCount: 1, edges: [{ node: { reference: own.reference } }] });
    expect((await must(MINE, {}, identityOf('PARTNER', { sub: 'nobody@else.org' }))).totalCount).toBe(0);
  });
});
