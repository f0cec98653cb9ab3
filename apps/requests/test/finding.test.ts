import { givenOnce, identityOf } from '@mieux/service-kit/testing';
import { analyst, anonymous, expressionOfInterest, officer, otherPartner, partner, startRequests, SUBMIT, type Subgraph } from './fixtures';

/** Requests found by their reference: the whole reference, its beginning, in any case. */
let subgraph: Subgraph;
const references: string[] = [];
beforeAll(async () => {
  subgraph = await startRequests();
});
// Made in the first test that runs (the kit's givenOnce), so mutation testing attributes creation to it.
const given = givenOnce(async () => {
  const dates = ['2025-03-01', '2026-01-10', '2026-02-10', '2026-03-10', '2026-04-10', '2026-05-10'];
  for (const [i, expressionOfInterestOn] of dates.entries()) {
    const input = expressionOfInterest({ title: `Request ${i}`, expressionOfInterestOn });
    references.push((await subgraph.execute<any>(SUBMIT, { input }, officer)).data.submitExpressionOfInterest.reference);
  }
});
beforeEach(given, 60_000);
afterAll(() => subgraph?.close());

const BY_REFERENCE = `query($reference: String!) { requestByReference(reference: $reference) { reference title } }`;
const LIST = `query($filter: RequestFilter) { requests(first: 20, filter: $filter) { totalCount edges { node { reference } } } }`;
async function found(filter: Record<string, unknown>): Promise<string[]> {
  const result = await subgraph.execute<any>(LIST, { filter }, analyst);
  expect(result.errors).toBeUndefined();
  return result.data.requests.edges.map((e: any) => e.node.reference);
}

describe('a request found by its reference', () => {
  it('is numbered within the year of its expression of interest', () => {
    expect(references).toEqual(['REQ-2025-001', 'REQ-2026-001', 'REQ-2026-002', 'REQ-2026-003', 'REQ-2026-004', 'REQ-2026-005']);
  });

  it('answers REQ-2026-005 whole, in any case and with spaces around, and null for a reference that is not one', async () => {
    for (const reference of ['REQ-2026-005', ' req-2026-005 ']) {
      expect((await subgraph.execute<any>(BY_REFERENCE, { reference }, analyst)).data.requestByReference).toEqual({
        reference: 'REQ-2026-005',
        title: 'Request 5',
      });
    }
    expect((await subgraph.execute<any>(BY_REFERENCE, { reference: 'REQ-2026-0' }, analyst)).data.requestByReference).toBeNull();
  });

  it('is read by the partners of the institution it is linked to, null to another partner, and refused without signing in or to an expert', async () => {
    const { id } = (await subgraph.execute<any>(`{ requestByReference(reference: "REQ-2026-005") { id } }`, {}, officer)).data.requestByReference;
    const linked = await subgraph.execute<any>(`mutation($id: ID!) { createPartnerFromRequest(requestId: $id) { partners { id } } }`, { id }, officer);
    const ofInstitution = identityOf('PARTNER', { sub: partner.sub!, org: linked.data.createPartnerFromRequest.partners[0].id });
    expect((await subgraph.execute<any>(BY_REFERENCE, { reference: 'REQ-2026-005' }, ofInstitution)).data.requestByReference).toMatchObject({
      reference: 'REQ-2026-005',
    });
    // The contact's e-mail alone is no sign of whose the request is.
    expect((await subgraph.execute<any>(BY_REFERENCE, { reference: 'REQ-2026-005' }, partner)).data.requestByReference).toBeNull();
    expect((await subgraph.execute<any>(BY_REFERENCE, { reference: 'REQ-2026-005' }, otherPartner)).data.requestByReference).toBeNull();
    expect((await subgraph.execute(BY_REFERENCE, { reference: 'REQ-2026-005' }, anonymous)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await subgraph.execute(BY_REFERENCE, { reference: 'REQ-2026-005' }, identityOf('EXPERT', { expertId: 'e-1' }))).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('is listed by the reference filter, whole or by its beginning, and by the search words', async () => {
    expect(await found({ reference: 'REQ-2026-005' })).toEqual(['REQ-2026-005']);
    expect(await found({ reference: 'req-2025' })).toEqual(['REQ-2025-001']);
    expect(await found({ reference: 'REQ-2026-00' })).toEqual(['REQ-2026-005', 'REQ-2026-004', 'REQ-2026-003', 'REQ-2026-002', 'REQ-2026-001']);
    expect(await found({ reference: 'REQ-2026-0%5' })).toEqual([]);
    expect(await found({ search: 'REQ-2026-005' })).toEqual(['REQ-2026-005']);
    expect(await found({ search: 'request 0' })).toEqual(['REQ-2025-001']);
    expect(await found({ reference: 'REQ-2026', status: ['SUBMITTED'] })).toEqual([]);
  });
});
