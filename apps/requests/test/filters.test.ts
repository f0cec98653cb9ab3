import { givenOnce } from '@mieux/service-kit/testing';
import { analyst, expressionOfInterest, officer, SUBMIT, startRequests, WITHDRAW, type Subgraph } from './fixtures';

let subgraph: Subgraph;
beforeAll(async () => {
  subgraph = await startRequests();
});
// Made in the first test that runs (the kit's givenOnce), so mutation testing attributes creation to it.
const given = givenOnce(async () => {
  const submit = (input: Record<string, unknown>) => subgraph.execute<any>(SUBMIT, { input: expressionOfInterest(input) }, officer);
  await submit({ title: 'Labour migration policy', countryCode: 'SN', expressionOfInterestOn: '2017-05-01' });
  await submit({ title: 'Border data 100% shared', countryCode: 'MA', channel: 'EU_DELEGATION', expressionOfInterestOn: '2018-06-01' });
  await submit({ title: 'Return counselling', countryCode: 'JO', expressionOfInterestOn: '2019-07-01' });
  const withdrawn = (await submit({ title: 'Diaspora mapping', countryCode: 'SN', expressionOfInterestOn: '2020-08-01' })).data.submitExpressionOfInterest;
  await subgraph.execute(WITHDRAW, { id: withdrawn.id }, officer);
});
beforeEach(given, 60_000);
afterAll(() => subgraph?.close());

const LIST = `query($filter: RequestFilter) { requests(first: 20, filter: $filter) { totalCount edges { node { title } } } }`;
const titles = async (filter: Record<string, unknown>) => {
  const result = await subgraph.execute<any>(LIST, { filter }, analyst);
  expect(result.errors).toBeUndefined();
  return result.data.requests.edges.map((e: any) => e.node.title);
};

describe('the request list, filtered', () => {
  it('lists every request, newest expression of interest first', async () => {
    expect(await titles({})).toEqual(['Diaspora mapping', 'Return counselling', 'Border data 100% shared', 'Labour migration policy']);
  });

  it('by status, country, region, channel and the dates of the expression of interest', async () => {
    expect(await titles({ status: ['WITHDRAWN'] })).toEqual(['Diaspora mapping']);
    expect(await titles({ countryCode: 'SN' })).toEqual(['Diaspora mapping', 'Labour migration policy']);
    expect(await titles({ region: 'SOUTHERN_NEIGHBOURHOOD' })).toEqual(['Return counselling', 'Border data 100% shared']);
    expect(await titles({ channel: 'EU_DELEGATION' })).toEqual(['Border data 100% shared']);
    expect(await titles({ from: '2018-06-01', to: '2019-07-01' })).toEqual(['Return counselling', 'Border data 100% shared']);
  });

  it('by words of the title, in any case, where % is a letter, not a wildcard', async () => {
    expect(await titles({ search: 'MIGRATION' })).toEqual(['Labour migration policy']);
    expect(await titles({ search: '100%' })).toEqual(['Border data 100% shared']);
  });
});
