import { givenOnce, identityOf } from '@mieux/service-kit/testing';
import { analyst, anonymous, createAction, officer, SET_STATUS, startActions, startOwners, type Owners, type Subgraph } from './fixtures';

/** The activities calendar across Actions: a window of dates, narrowed by region, country and status, by start date. */
let owners: Owners;
let subgraph: Subgraph;
const ministry = identityOf('PARTNER', { sub: 'focal@travail.gouv.sn', org: 'institution-travail' });
beforeAll(async () => {
  owners = await startOwners();
  subgraph = await startActions(owners);
});
// Made in the first test that runs (the kit's givenOnce), so mutation testing attributes planning to it.
const given = givenOnce(async () => {
  const senegal = await createAction(subgraph, owners, { approvedOn: '2026-01-10', partners: [{ id: 'institution-travail' }] });
  const jordan = await createAction(subgraph, owners, { approvedOn: '2026-01-10', country: { code: 'JO', region: 'SOUTHERN_NEIGHBOURHOOD' } });
  const plan = async (actionId: string, title: string, startsOn: string, endsOn: string, countryCode: string) => {
    const input = { type: 'INFORMATION_EXCHANGE', format: 'WORKSHOP', title, startsOn, endsOn, countryCode, city: 'City' };
    const result = await subgraph.execute<any>(
      `mutation($a: ID!, $input: ActivityInput!) { planActivity(actionId: $a, input: $input) { id } }`,
      { a: actionId, input },
      officer,
    );
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data.planActivity.id as string;
  };
  await plan(senegal.id, 'Dakar kick-off', '2026-12-28', '2027-01-02', 'SN');
  await plan(senegal.id, 'Thiès training', '2027-02-10', '2027-02-12', 'SN');
  const amman = await plan(jordan.id, 'Amman workshop', '2027-01-20', '2027-01-21', 'JO');
  await plan(jordan.id, 'Aqaba visit', '2027-06-01', '2027-06-03', 'JO');
  await subgraph.execute(SET_STATUS, { id: amman, status: 'CONFIRMED' }, officer);
});
beforeEach(given, 60_000);
afterAll(async () => {
  await subgraph?.close();
  await owners?.stub.close();
});

const CALENDAR = `query($filter: ActivityCalendarFilter!, $first: Int, $after: String) { activities(filter: $filter, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { title startsOn status action { id } } } } }`;
async function titles(filter: Record<string, unknown>, as = analyst): Promise<string[]> {
  const result = await subgraph.execute<any>(CALENDAR, { filter }, as);
  expect(result.errors).toBeUndefined();
  return result.data.activities.edges.map((e: any) => e.node.title);
}

describe('the activities calendar', () => {
  it('answers the activities held, even in part, in the window, by start date', async () => {
    expect(await titles({ from: '2027-01-01', to: '2027-03-31' })).toEqual(['Dakar kick-off', 'Amman workshop', 'Thiès training']);
    expect(await titles({ from: '2027-01-03', to: '2027-02-10' })).toEqual(['Amman workshop', 'Thiès training']);
    expect(await titles({ from: '2027-03-01', to: '2027-05-31' })).toEqual([]);
  });

  it('narrows by region, country and status', async () => {
    const year = { from: '2026-12-01', to: '2027-11-30' };
    expect(await titles({ ...year, region: 'SOUTHERN_NEIGHBOURHOOD' })).toEqual(['Amman workshop', 'Aqaba visit']);
    expect(await titles({ ...year, countryCode: 'sn' })).toEqual(['Dakar kick-off', 'Thiès training']);
    expect(await titles({ ...year, status: ['CONFIRMED'] })).toEqual(['Amman workshop']);
    expect(await titles({ ...year, region: 'AFRICA', status: ['CONFIRMED'] })).toEqual([]);
  });

  it('pages by start date', async () => {
    const filter = { from: '2026-12-01', to: '2027-11-30' };
    const first = (await subgraph.execute<any>(CALENDAR, { filter, first: 3 }, analyst)).data.activities;
    expect(first).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    const rest = (await subgraph.execute<any>(CALENDAR, { filter, first: 3, after: first.pageInfo.endCursor }, analyst)).data.activities;
    expect([...first.edges, ...rest.edges].map((e: any) => e.node.startsOn)).toEqual(['2026-12-28', '2027-01-20', '2027-02-10', '2027-06-01']);
  });

  it("shows a partner its institution's Actions' activities only, and refuses experts and anonymous callers", async () => {
    expect(await titles({ from: '2026-12-01', to: '2027-11-30' }, ministry)).toEqual(['Dakar kick-off', 'Thiès training']);
    expect(await titles({ from: '2026-12-01', to: '2027-11-30' }, identityOf('PARTNER', { sub: 'x@y.org', org: 'another' }))).toEqual([]);
    const filter = { from: '2027-01-01', to: '2027-01-31' };
    expect((await subgraph.execute(CALENDAR, { filter }, identityOf('EXPERT', { expertId: 'e-1' }))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await subgraph.execute(CALENDAR, { filter }, anonymous)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a window that ends before it starts or is longer than twelve months, naming filter.to', async () => {
    for (const filter of [
      { from: '2027-02-01', to: '2027-01-31' },
      { from: '2027-01-01', to: '2028-01-02' },
    ]) {
      expect((await subgraph.execute(CALENDAR, { filter }, analyst)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.to' });
    }
    expect(await titles({ from: '2027-01-01', to: '2028-01-01' })).toEqual(['Dakar kick-off', 'Amman workshop', 'Thiès training', 'Aqaba visit']);
  });
});
