import { activeExpert, officer, analyst, startExperts, type Subgraph } from './fixtures';

let subgraph: Subgraph;
const ids: Record<string, string> = {};
beforeAll(async () => {
  subgraph = await startExperts();
  ids.perfect = await activeExpert(subgraph, {
    thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'],
    subTopics: ['LABOUR_MIGRATION'],
    languages: ['fr'],
    countriesOfExperience: ['SN'],
    regions: ['AFRICA'],
  });
  ids.regional = await activeExpert(subgraph, {
    thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'],
    subTopics: [],
    languages: ['fr'],
    countriesOfExperience: ['CI'],
    regions: ['AFRICA'],
  });
  ids.otherLanguage = await activeExpert(subgraph, {
    thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'],
    subTopics: [],
    languages: ['es'],
    countriesOfExperience: ['PE'],
    regions: ['LATIN_AMERICA_AND_CARIBBEAN'],
  });
  ids.offTopic = await activeExpert(subgraph, { thematicAreas: ['HORIZONTAL_INTERVENTIONS'], subTopics: [] });
  ids.busy = await activeExpert(subgraph, {
    thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'],
    subTopics: ['LABOUR_MIGRATION'],
    languages: ['fr'],
    countriesOfExperience: ['SN'],
  });
});
afterAll(() => subgraph?.close());

const MATCH = `query($input: MatchInput!, $first: Int, $after: String) { matchExperts(input: $input, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { score expert { id } reasons { code score message(lang: FR) } } } } }`;
/** The ranked matches of one page. */
const matches = async (variables: Record<string, unknown>) =>
  (await subgraph.execute<any>(MATCH, variables, officer)).data.matchExperts.edges.map((e: { node: unknown }) => e.node);
const need = {
  thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'],
  subTopics: ['LABOUR_MIGRATION'],
  languages: ['fr'],
  countryCode: 'SN',
  startsOn: '2027-03-01',
  endsOn: '2027-03-03',
};

describe('matching', () => {
  it('ranks by fit with the reasons, deterministically, and leaves out the excluded', async () => {
    const first = await matches({ input: { ...need, excludeExpertIds: [ids.busy] } });
    expect(first.map((m: any) => m.expert.id)).toEqual([ids.perfect, ids.regional, ids.otherLanguage]);
    expect(first[0].score).toBe(1);
    expect(first[1].reasons.map((r: any) => [r.code, r.score])).toEqual([
      ['THEMATIC_FIT', 0.75],
      ['LANGUAGE', 1],
      ['REGIONAL_EXPERIENCE', 0.6],
      ['AVAILABILITY', 1],
    ]);
    expect(first[2].reasons[1].message).toBe('Ne parle aucune des langues de travail demandées');
    expect(await matches({ input: { ...need, excludeExpertIds: [ids.busy] } })).toEqual(first);
  });

  it('never proposes an expert busy on the activity dates (candidateExperts through @requires)', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Activity { candidateExperts(first: 3) { edges { node { expert { id } score } } } } } }`;
    const activity = {
      __typename: 'Activity',
      id: 'activity-1',
      startsOn: '2027-03-01',
      endsOn: '2027-03-03',
      thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'],
      countryCode: 'SN',
      busyExpertIds: [ids.perfect],
    };
    const result = await subgraph.execute<any>(query, { r: [activity] }, officer);
    const proposed = result.data._entities[0].candidateExperts.edges.map((e: any) => e.node.expert.id);
    expect(proposed).not.toContain(ids.perfect);
    expect(proposed[0]).toBe(ids.busy);
    expect(proposed).toHaveLength(3);
  });

  it('is for project officers', async () => {
    expect((await subgraph.execute(MATCH, { input: need }, analyst)).errors?.[0]).toMatchObject({
      message: expect.stringContaining('PROJECT_OFFICER'),
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('pages the ranking, takes a region without a country, and refuses a need that ends before it starts or a negative page', async () => {
    const two = await matches({ input: need, first: 2 });
    // The two perfect fits, equal in score, in the order of their ids.
    expect(two.map((m: any) => [m.expert.id, m.score])).toEqual([ids.perfect, ids.busy].sort((a, b) => a.localeCompare(b)).map((id) => [id, 1]));
    const page = (await subgraph.execute<any>(MATCH, { input: need, first: 2 }, officer)).data.matchExperts;
    expect(page.pageInfo.hasNextPage).toBe(true);
    const rest = await matches({ input: need, after: page.pageInfo.endCursor });
    expect([...two, ...rest].map((m: any) => m.expert.id)).toEqual((await matches({ input: need })).map((m: any) => m.expert.id));
    expect(rest.map((m: any) => m.expert.id)).not.toContain(two[1].expert.id);
    const latin = await matches({ input: { thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'], region: 'LATIN_AMERICA_AND_CARIBBEAN' }, first: 1 });
    expect(latin.map((m: any) => m.expert.id)).toEqual([ids.otherLanguage]);
    expect((await matches({ input: { thematicAreas: ['HORIZONTAL_INTERVENTIONS'] } })).map((m: any) => m.expert.id)).toEqual([ids.offTopic]);
    expect((await subgraph.execute(MATCH, { input: { ...need, startsOn: '2027-03-05', endsOn: '2027-03-01' } }, officer)).errors?.[0]).toMatchObject({
      message: 'Invalid input: input.endsOn: must not be before startsOn',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.endsOn' },
    });
    expect((await subgraph.execute(MATCH, { input: need, first: -1 }, officer)).errors?.[0]).toMatchObject({
      message: 'Invalid input: first: must be 0 or more',
      extensions: { code: 'BAD_USER_INPUT', field: 'first' },
    });
    expect((await subgraph.execute(MATCH, { input: need, after: 'forged' }, officer)).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });
});
