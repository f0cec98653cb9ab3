import { randomUUID } from 'node:crypto';
import { givenOnce, identityOf } from '@mieux/service-kit/testing';
import { activeExpert, analyst, anonymous, APPLY, application, officer, REVIEW, startExperts, type Subgraph } from './fixtures';

let subgraph: Subgraph;
// Started in the first test that runs (the kit's givenOnce): starting loads the matching index through the repository, which mutation testing then attributes to that test.
beforeEach(
  givenOnce(async () => {
    subgraph = await startExperts();
  }),
  60_000,
);
afterAll(() => subgraph?.close());

const partner = identityOf('PARTNER');
const signedInWithoutRole = { sub: 'someone@example.org', roles: [], expertId: null };
const refusal = async (query: string, variables: Record<string, unknown>, identity: Parameters<Subgraph['execute']>[2]) => {
  const result = await subgraph.execute<any>(query, variables, identity);
  return result.errors?.[0] && { message: result.errors[0].message, code: result.errors[0].extensions?.code };
};
const byLanguage = async (language: string) =>
  (
    await subgraph.execute<any>(`query($l: String) { experts(filter: { language: $l }, first: 100) { edges { node { id } } } }`, { l: language }, analyst)
  ).data.experts.edges.map((e: any) => e.node.id);

describe('who reads the roster', () => {
  it('lists it for its readers only', async () => {
    const list = `{ experts { totalCount } }`;
    expect(await refusal(list, {}, anonymous)).toEqual({ code: 'UNAUTHENTICATED', message: 'Sign in to do this' });
    expect(await refusal(list, {}, partner)).toEqual({
      code: 'FORBIDDEN',
      message: 'This needs one of the roles PROJECT_OFFICER, STEERING_COMMITTEE, ANALYST',
    });
    expect(await refusal(list, {}, analyst)).toBeUndefined();
  });

  it('shows a profile to any signed-in role, and to no one else', async () => {
    const id = await activeExpert(subgraph);
    const entity = (identity: Parameters<Subgraph['execute']>[2]) =>
      subgraph.execute<any>(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Expert { id } } }`, { r: [{ __typename: 'Expert', id }] }, identity);
    expect((await entity(partner)).data._entities).toEqual([{ id }]);
    expect((await entity(signedInWithoutRole)).data._entities).toEqual([null]);
    expect((await entity(anonymous)).data._entities).toEqual([null]);
    expect((await entity({ sub: null, roles: ['ANALYST'], expertId: null })).data._entities).toEqual([null]);
  });

  it("gives an expert's own data to that expert only", async () => {
    const mine = `{ myData }`;
    expect(await refusal(mine, {}, anonymous)).toEqual({ code: 'UNAUTHENTICATED', message: 'Sign in to do this' });
    expect(await refusal(mine, {}, partner)).toEqual({ code: 'FORBIDDEN', message: 'This needs one of the roles EXPERT' });
    expect(await refusal(mine, {}, identityOf('EXPERT'))).toEqual({ code: 'FORBIDDEN', message: 'This is for experts of the roster, about their own data' });
  });
});

describe('roster records', () => {
  it('replay an application key to its own expert among others', async () => {
    await activeExpert(subgraph);
    const key = `apply-${randomUUID()}`;
    const input = application();
    const apply = `mutation($input: RosterApplicationInput!, $key: String) { applyToRoster(input: $input, idempotencyKey: $key) { id } }`;
    const first = await subgraph.execute<any>(apply, { input, key });
    expect(first.errors).toBeUndefined();
    expect((await subgraph.execute<any>(apply, { input, key })).data).toEqual(first.data);
  });

  it('are found by their languages as they change', async () => {
    const id = await activeExpert(subgraph, { languages: ['pt'] });
    expect(await byLanguage('pt')).toEqual([id]);
    const update = await subgraph.execute<any>(`mutation { updateMyProfile(input: { languages: ["sw"] }) { id } }`, {}, identityOf('EXPERT', { expertId: id }));
    expect(update.errors).toBeUndefined();
    expect(await byLanguage('pt')).toEqual([]);
    expect(await byLanguage('sw')).toEqual([id]);
  });

  it('refuse moves the roster lifecycle does not allow, and name the expert that does not exist', async () => {
    const applied = (await subgraph.execute<any>(APPLY, { input: application() })).data.applyToRoster.id;
    await subgraph.execute(REVIEW, { id: applied, status: 'REFUSED', reason: 'Out of scope' }, officer);
    const again = await subgraph.execute<any>(REVIEW, { id: applied, status: 'ACTIVE' }, officer);
    expect(again.errors?.[0]).toMatchObject({
      message: 'Expert is REFUSED; it is final, not ACTIVE',
      extensions: { code: 'CONFLICT', currentStatus: 'REFUSED', allowed: [] },
    });
    const active = await activeExpert(subgraph);
    expect((await subgraph.execute<any>(REVIEW, { id: active, status: 'ACTIVE' }, officer)).data.reviewApplication).toMatchObject({
      id: active,
      status: 'ACTIVE',
    });
    const unknown = randomUUID();
    const missing = await subgraph.execute<any>(REVIEW, { id: unknown, status: 'ACTIVE' }, officer);
    expect(missing.errors?.[0]).toMatchObject({ message: `Expert ${unknown} was not found`, extensions: { code: 'NOT_FOUND' } });
  });
});
