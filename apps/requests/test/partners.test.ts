import { identityOf } from '@mieux/service-kit/testing';
import { analyst, anonymous, committee, expert, expressionOfInterest, officer, requestIn, startRequests, SUBMIT, type Subgraph } from './fixtures';

let subgraph: Subgraph;
beforeAll(async () => {
  subgraph = await startRequests();
});
afterAll(() => subgraph?.close());

const CREATE = `mutation($input: PartnerInstitutionInput!, $key: String) { createPartnerInstitution(input: $input, idempotencyKey: $key) { id name type country { code } contacts { name email } } }`;
const LINK = `mutation($requestId: ID!, $institutionId: ID!) { linkPartnerInstitution(requestId: $requestId, institutionId: $institutionId) { id partners { id name } } }`;
const FROM_REQUEST = `mutation($requestId: ID!, $index: Int) { createPartnerFromRequest(requestId: $requestId, institutionIndex: $index) { id partners { id name type country { code } contacts { email } } } }`;
const READ = `query($id: ID!) { request(id: $id) { id contact { email } partners { id contacts { email } } } }`;
const LIST = `{ requests(first: 100) { totalCount edges { node { id } } } }`;

async function must<T = any>(query: string, variables: Record<string, unknown>, as = officer): Promise<T> {
  const result = await subgraph.execute<any>(query, variables, as);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return Object.values(result.data)[0] as T;
}

const ministry = {
  name: 'Ministère du Travail',
  type: 'NATIONAL_INSTITUTION',
  countryCode: 'sn',
  contacts: [{ name: 'Fatou Sow', email: 'F.Sow@travail.gouv.sn' }],
};

describe('partner institutions', () => {
  it('are recorded by project officers, normalised, once per idempotency key', async () => {
    const created = await must(CREATE, { input: ministry, key: 'inst-1' });
    expect(created).toMatchObject({
      name: 'Ministère du Travail',
      type: 'NATIONAL_INSTITUTION',
      country: { code: 'SN' },
      contacts: [{ email: 'f.sow@travail.gouv.sn' }],
    });
    expect((await must(CREATE, { input: ministry, key: 'inst-1' })).id).toBe(created.id);
    for (const who of [anonymous, committee, analyst, expert, identityOf('PARTNER')]) {
      const refused = await subgraph.execute(CREATE, { input: ministry }, who);
      expect(refused.errors?.[0].extensions?.code).toBe(who === anonymous ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    }
  });

  it("keep each focal point's language, as the request's contact keeps theirs: English unless French is chosen", async () => {
    const created = await must(CREATE, {
      input: {
        ...ministry,
        contacts: [
          { name: 'Fatou Sow', email: 'f.sow@travail.gouv.sn', language: 'FR' },
          { name: 'Ann Lee', email: 'a.lee@travail.gouv.sn' },
        ],
      },
    });
    const LANGUAGES = `query($id: ID!) { partnerInstitution(id: $id) { contacts { email language } } }`;
    expect((await must(LANGUAGES, { id: created.id })).contacts).toEqual([
      { email: 'f.sow@travail.gouv.sn', language: 'FR' },
      { email: 'a.lee@travail.gouv.sn', language: 'EN' },
    ]);
    const submitted = await must(
      SUBMIT,
      { input: expressionOfInterest({ contact: { name: 'Awa Diop', email: 'awa@interior.gov.sn', language: 'FR' } }) },
      anonymous,
    );
    const english = await must(SUBMIT, { input: expressionOfInterest({ contact: { name: 'Ann Lee', email: 'ann@interior.gov.sn' } }) }, anonymous);
    const CONTACT = `query($id: ID!) { request(id: $id) { contact { language } } }`;
    expect((await must(CONTACT, { id: submitted.id })).contact).toEqual({ language: 'FR' });
    expect((await must(CONTACT, { id: english.id })).contact).toEqual({ language: 'EN' });
    // The institution made from the request takes its contact, language included.
    const made = await must(FROM_REQUEST.replace('contacts { email }', 'contacts { email language }'), { requestId: submitted.id });
    expect(made.partners[0].contacts).toEqual([{ email: 'awa@interior.gov.sn', language: 'FR' }]);
  });

  it('refuse input naming the field', async () => {
    const result = await subgraph.execute(CREATE, { input: { ...ministry, name: ' ', countryCode: 'XX', contacts: [{ name: 'A', email: 'nope' }] } }, officer);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((result.errors?.[0].extensions?.problems as { field: string }[]).map((p) => p.field).sort()).toEqual([
      'input.contacts.0.email',
      'input.countryCode',
      'input.name',
    ]);
  });

  it('give their partners the requests linked to them, and nobody else', async () => {
    const institution = await must(CREATE, { input: ministry });
    const other = await must(CREATE, { input: { ...ministry, name: 'Agence nationale pour l’emploi' } });
    const request = await requestIn(subgraph, 'SUBMITTED', expressionOfInterest({ contact: { name: 'Someone', email: 'someone@elsewhere.org' } }));
    const ours = identityOf('PARTNER', { sub: 'f.sow@travail.gouv.sn', org: institution.id });
    const theirs = identityOf('PARTNER', { sub: 'x@anpe.sn', org: other.id });
    expect(await must(READ, { id: request.id }, ours)).toBeNull();

    const linked = await must(LINK, { requestId: request.id, institutionId: institution.id });
    expect(linked.partners).toEqual([{ id: institution.id, name: 'Ministère du Travail' }]);
    expect((await must(LINK, { requestId: request.id, institutionId: institution.id })).partners).toHaveLength(1);

    expect(await must(READ, { id: request.id }, ours)).toMatchObject({
      id: request.id,
      contact: { email: 'someone@elsewhere.org' },
      partners: [{ contacts: [{ email: 'f.sow@travail.gouv.sn' }] }],
    });
    expect(await must(READ, { id: request.id }, theirs)).toBeNull();
    expect((await must(LIST, {}, ours)).edges.map((e: any) => e.node.id)).toEqual([request.id]);
    expect((await must(LIST, {}, theirs)).totalCount).toBe(0);
    expect((await must(READ, { id: request.id }, analyst)).partners[0].contacts).toBeNull();
    expect(await must(`{ myInstitution { id name } }`, {}, ours)).toEqual({ id: institution.id, name: 'Ministère du Travail' });
    expect(await must(`query($id: ID!) { partnerInstitution(id: $id) { id } }`, { id: institution.id }, theirs)).toBeNull();
  });

  it('are listed by name for the reading roles, a page at a time, and found by words of the name', async () => {
    await must(CREATE, { input: { ...ministry, name: 'Zanzibar Labour Commission', countryCode: 'TZ' } });
    const LIST_INSTITUTIONS = `query($search: String, $after: String) { partnerInstitutions(search: $search, first: 1, after: $after) { totalCount edges { node { name } } pageInfo { hasNextPage endCursor } } }`;
    const found = await must(LIST_INSTITUTIONS, { search: 'zanzibar' }, analyst);
    expect(found).toMatchObject({ totalCount: 1, edges: [{ node: { name: 'Zanzibar Labour Commission' } }], pageInfo: { hasNextPage: false } });
    const first = await must(LIST_INSTITUTIONS, {}, committee);
    const second = await must(LIST_INSTITUTIONS, { after: first.pageInfo.endCursor }, committee);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(second.edges[0].node.name >= first.edges[0].node.name).toBe(true);
    const partner = identityOf('PARTNER', { sub: 'p@x.org', org: 'any' });
    expect((await subgraph.execute(LIST_INSTITUTIONS, {}, partner)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('are linked only when both exist', async () => {
    const request = await requestIn(subgraph, 'EXPRESSION_OF_INTEREST');
    const missing = await subgraph.execute(LINK, { requestId: request.id, institutionId: 'no-such-institution' }, officer);
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const institution = await must(CREATE, { input: ministry });
    expect((await subgraph.execute(LINK, { requestId: 'no-such-request', institutionId: institution.id }, officer)).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
  });

  it('are made from the expression of interest once verified, and only once', async () => {
    const submitted = await must(
      SUBMIT,
      {
        input: expressionOfInterest({
          institutions: [
            { name: 'Ministry of the Interior', type: 'NATIONAL_INSTITUTION', countryCode: 'SN' },
            { name: 'Réseau migrants', type: 'CIVIL_SOCIETY_ORGANISATION' },
          ],
        }),
      },
      anonymous,
    );
    const made = await must(FROM_REQUEST, { requestId: submitted.id, index: 1 });
    expect(made.partners).toEqual([
      {
        id: expect.any(String),
        name: 'Réseau migrants',
        type: 'CIVIL_SOCIETY_ORGANISATION',
        country: { code: 'SN' },
        contacts: [{ email: 'focal.point@interior.gov.sn' }],
      },
    ]);
    expect((await must(FROM_REQUEST, { requestId: submitted.id, index: 1 })).partners).toEqual(made.partners);
    expect((await must(FROM_REQUEST, { requestId: submitted.id })).partners.map((p: any) => p.name)).toEqual(['Réseau migrants', 'Ministry of the Interior']);
    const wrong = await subgraph.execute(FROM_REQUEST, { requestId: submitted.id, index: 5 }, officer);
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'institutionIndex' });
    const partner = identityOf('PARTNER', { sub: 'p@reseau.sn', org: made.partners[0].id });
    expect((await must(READ, { id: submitted.id }, partner)).id).toBe(submitted.id);
  });
});
