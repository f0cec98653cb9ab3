import { identityOf } from '@mieux/service-kit/testing';
import { analyst, anonymous, createAction, startActions, startOwners, type Owners, type Subgraph } from './fixtures';

/** Actions found by their reference: the whole reference, its beginning, in any case. */
let owners: Owners;
let subgraph: Subgraph;
const references: string[] = [];
const ministry = identityOf('PARTNER', { sub: 'focal@travail.gouv.sn', org: 'institution-travail' });
const otherMinistry = identityOf('PARTNER', { sub: 'focal@interieur.gouv.sn', org: 'institution-interieur' });
beforeAll(async () => {
  owners = await startOwners();
  subgraph = await startActions(owners);
  for (const approvedOn of ['2016-05-01', '2016-07-01', '2017-02-01']) {
    references.push((await createAction(subgraph, owners, { approvedOn, partners: [{ id: 'institution-travail' }] })).reference);
  }
});
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
