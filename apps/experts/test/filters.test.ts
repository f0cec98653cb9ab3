import { givenOnce } from '@mieux/service-kit/testing';
import { APPLY, REVIEW, analyst, application, officer, startExperts, type Subgraph } from './fixtures';

/** A roster of four, known by heart, so that each filter's answer is exact. */
let subgraph: Subgraph;
const roster: Record<string, string> = {};
// Made in the first test that runs (the kit's givenOnce): starting loads the matching index through the repository, which mutation testing then attributes to that test.
beforeEach(
  givenOnce(async () => {
    subgraph = await startExperts();
    const people: [string, Record<string, unknown>, string | null][] = [
      ['croatianOfficial', {}, 'ACTIVE'],
      ['frenchOfficial', { nationality: 'FR', memberState: 'FR', languages: ['fr'], thematicAreas: ['MIGRATION_AND_DEVELOPMENT'] }, 'ACTIVE'],
      ['senegaleseAcademic', { nationality: 'SN', employerType: 'ACADEMIA', publicOfficial: false, memberState: null, languages: ['fr', 'pt'] }, null],
      ['partnerOfficial', { nationality: 'MA', employerType: 'PARTNER_COUNTRY_ADMINISTRATION', memberState: null, languages: ['ar'] }, 'REFUSED'],
    ];
    for (const [name, overrides, status] of people) {
      const applied = await subgraph.execute<any>(APPLY, { input: application(overrides) });
      if (applied.errors) throw new Error(JSON.stringify(applied.errors));
      roster[name] = applied.data.applyToRoster.id;
      if (status) await subgraph.execute(REVIEW, { id: roster[name], status, reason: status === 'REFUSED' ? 'Outside the scope' : null }, officer);
    }
  }),
  60_000,
);
afterAll(() => subgraph?.close());

const LIST = `query($filter: ExpertFilter, $first: Int, $after: String) { experts(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
const names = (ids: string[]) =>
  Object.keys(roster)
    .filter((name) => ids.includes(roster[name]))
    .sort();

describe('the expert list', () => {
  it.each([
    [{}, ['croatianOfficial', 'frenchOfficial', 'partnerOfficial', 'senegaleseAcademic']],
    [{ status: ['ACTIVE'] }, ['croatianOfficial', 'frenchOfficial']],
    [{ status: ['APPLIED', 'REFUSED'] }, ['partnerOfficial', 'senegaleseAcademic']],
    [{ thematicArea: 'MIGRATION_AND_DEVELOPMENT' }, ['frenchOfficial']],
    [{ language: 'fr' }, ['croatianOfficial', 'frenchOfficial', 'senegaleseAcademic']],
    [{ nationality: 'sn' }, ['senegaleseAcademic']],
    [{ employerType: 'EU_MEMBER_STATE_ADMINISTRATION' }, ['croatianOfficial', 'frenchOfficial']],
    [{ memberState: 'fr' }, ['frenchOfficial']],
    [{ publicOfficial: false }, ['senegaleseAcademic']],
    [{ publicOfficial: null }, ['croatianOfficial', 'frenchOfficial', 'partnerOfficial', 'senegaleseAcademic']],
    [{ publicOfficial: true, language: 'fr' }, ['croatianOfficial', 'frenchOfficial']],
  ])('filtered by %j: %j', async (filter, expected) => {
    const list = (await subgraph.execute<any>(LIST, { filter, first: 50 }, analyst)).data.experts;
    expect(names(list.edges.map((e: any) => e.node.id))).toEqual(expected);
    expect(list.totalCount).toBe(expected.length);
  });

  it('pages newest application first', async () => {
    const first = (await subgraph.execute<any>(LIST, { first: 3 }, analyst)).data.experts;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (await subgraph.execute<any>(LIST, { first: 3, after: first.pageInfo.endCursor }, analyst)).data.experts;
    expect([...first.edges, ...rest.edges].map((e: any) => e.node.id)).toEqual(
      ['partnerOfficial', 'senegaleseAcademic', 'frenchOfficial', 'croatianOfficial'].map((n) => roster[n]),
    );
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('is read by the roster readers only', async () => {
    expect((await subgraph.execute(LIST, { first: 1 }, { sub: 'p@x.org', roles: ['PARTNER'], expertId: null })).errors?.[0]).toMatchObject({
      message: 'This needs one of the roles PROJECT_OFFICER, STEERING_COMMITTEE, ANALYST',
      extensions: { code: 'FORBIDDEN' },
    });
  });
});
