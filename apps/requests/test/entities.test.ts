import { countStatements, givenOnce } from '@mieux/service-kit/testing';
import { analyst, committee, expressionOfInterest, officer, requestIn, SUBMIT, startRequests, type Subgraph } from './fixtures';

let subgraph: Subgraph;
const ids: string[] = [];
beforeAll(async () => {
  subgraph = await startRequests();
});
// Made in the first test that runs (the kit's givenOnce), so mutation testing attributes creation to it.
const given = givenOnce(async () => {
  for (let i = 0; i < 50; i += 1) {
    const input = expressionOfInterest({
      countryCode: i % 5 === 0 ? 'MA' : 'SN',
      thematicAreas: i % 2 === 0 ? ['MIGRATION_AND_DEVELOPMENT'] : ['LEGAL_MIGRATION_AND_MOBILITY', 'MIGRATION_AND_DEVELOPMENT'],
      subTopics: [],
      expressionOfInterestOn: i < 20 ? '2015-03-01' : '2017-03-01',
    });
    ids.push((await subgraph.execute<any>(SUBMIT, { input }, officer)).data.submitExpressionOfInterest.id);
  }
});
beforeEach(given, 120_000);
afterAll(() => subgraph?.close());

const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on Request { id title country { code name } contact { email } }
  ... on Country { code name(lang: FR) region kind }
} }`;

describe('_entities', () => {
  it('resolves N requests with one statement, whatever N', async () => {
    for (const n of [1, 10, 50]) {
      let result: any;
      const statements = await countStatements(subgraph.database, async () => {
        result = await subgraph.execute(ENTITIES, { r: ids.slice(0, n).map((id) => ({ __typename: 'Request', id })) }, committee);
      });
      expect(result.errors).toBeUndefined();
      expect(result.data._entities).toHaveLength(n);
      expect(result.data._entities.every((e: any) => e?.country.code)).toBe(true);
      expect(statements).toBe(1);
    }
  });

  it('resolves countries and regional organisations without any SQL, and null for unknown codes', async () => {
    let result: any;
    const statements = await countStatements(subgraph.database, async () => {
      result = await subgraph.execute(ENTITIES, { r: ['SN', 'ECOWAS', 'QQ'].map((code) => ({ __typename: 'Country', code })) });
    });
    expect(statements).toBe(0);
    expect(result.data._entities).toEqual([
      { code: 'SN', name: 'Sénégal', region: 'AFRICA', kind: 'COUNTRY' },
      { code: 'ECOWAS', name: "Communauté économique des États de l'Afrique de l'Ouest", region: 'AFRICA', kind: 'REGIONAL_ORGANISATION' },
      null,
    ]);
  });
});

describe('listing', () => {
  it('filters and pages newest first', async () => {
    const page = await subgraph.execute<any>(
      `{ requests(first: 7, filter: { countryCode: "SN", thematicArea: LEGAL_MIGRATION_AND_MOBILITY, from: "2016-01-01", search: "labour" }) { totalCount pageInfo { hasNextPage endCursor } edges { node { expressionOfInterestOn } } } }`,
      {},
      analyst,
    );
    expect(page.data.requests.totalCount).toBe(12);
    expect(page.data.requests.edges).toHaveLength(7);
    expect(page.data.requests.pageInfo.hasNextPage).toBe(true);
  });

  it('keeps the statement count of a page constant in its size', async () => {
    const counts = [];
    for (const first of [10, 50]) {
      counts.push(
        await countStatements(subgraph.database, () =>
          subgraph.execute(`{ requests(first: ${first}) { edges { node { id title history { to } } } } }`, {}, analyst),
        ),
      );
    }
    expect(counts[0]).toBe(counts[1]);
  });
});

it('keeps the demo request in the lifecycle helpers', async () => {
  expect((await requestIn(subgraph, 'APPROVED')).status).toBe('APPROVED');
});
