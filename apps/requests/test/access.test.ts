import { identityOf } from '@mieux/service-kit/testing';
import {
  ASSESS,
  DECIDE,
  DRAFT,
  RECORD,
  expressionOfInterest,
  WITHDRAW,
  analyst,
  anonymous,
  committee,
  expert,
  officer,
  otherPartner,
  partner,
  requestIn,
  startRequests,
  type Subgraph,
} from './fixtures';

let subgraph: Subgraph;
beforeAll(async () => {
  subgraph = await startRequests();
});
afterAll(() => subgraph?.close());

const admin = identityOf('ADMIN');
// The submitting partner's own account signed in with another role: ownership is the partner role's.
const submitterAsAnalyst = identityOf('ANALYST', { sub: String(partner.sub) });
const who = { anonymous, partner, otherPartner, officer, committee, analyst, expert, admin, submitterAsAnalyst };
type Who = keyof typeof who;

describe('mutations by role', () => {
  const matrix: [string, string, string, Record<string, unknown>, Who[]][] = [
    ['recordOfficialRequest', 'EXPRESSION_OF_INTEREST', RECORD, {}, ['officer', 'admin']],
    ['assessEligibility', 'SUBMITTED', ASSESS, {}, ['officer', 'admin']],
    ['draftActionFiche', 'ELIGIBLE', DRAFT, {}, ['officer', 'admin']],
    ['decideRequest', 'ACTION_FICHE_DRAFTED', DECIDE, { outcome: 'APPROVED' }, ['committee', 'admin']],
    ['withdrawRequest', 'SUBMITTED', WITHDRAW, {}, ['partner', 'officer', 'admin']],
  ];
  const cases = matrix.flatMap(([name, status, mutation, variables, allowed]) =>
    (Object.keys(who) as Who[]).map((role) => [name, role, allowed.includes(role), status, mutation, variables] as const),
  );

  it.each(cases)('%s as %s: allowed %s', async (_name, role, allowed, status, mutation, variables) => {
    const request = await requestIn(subgraph, status, expressionOfInterest(), partner);
    const result = await subgraph.execute(mutation, { id: request.id, ...variables }, who[role]);
    if (allowed) expect(result.errors).toBeUndefined();
    else expect(result.errors?.[0].extensions?.code).toBe(role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
  });
});

describe('reading requests', () => {
  const READ = `query($id: ID!) { request(id: $id) { id contact { email } } }`;
  const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Request { id contact { email } } } }`;

  it.each([
    ['partner', true, true],
    ['otherPartner', false, false],
    ['officer', true, true],
    ['committee', true, true],
    ['analyst', true, false],
    ['submitterAsAnalyst', true, false],
    ['admin', true, true],
  ] as [Who, boolean, boolean][])('%s: sees the request %s, its contact %s — by query and through _entities', async (role, sees, seesContact) => {
    const request = await requestIn(subgraph, 'SUBMITTED', expressionOfInterest(), partner);
    for (const [query, variables, pick] of [
      [READ, { id: request.id }, (d: any) => d.request],
      [ENTITIES, { r: [{ __typename: 'Request', id: request.id }] }, (d: any) => d._entities[0]],
    ] as const) {
      const result = await subgraph.execute<any>(query, variables, who[role]);
      expect(result.errors).toBeUndefined();
      const seen = pick(result.data);
      expect(seen !== null).toBe(sees);
      if (sees) expect(seen.contact !== null).toBe(seesContact);
    }
  });

  it('asks anonymous callers to sign in and refuses experts', async () => {
    const request = await requestIn(subgraph, 'SUBMITTED');
    expect((await subgraph.execute(READ, { id: request.id }, anonymous)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await subgraph.execute(READ, { id: request.id }, expert)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('lists only its own requests to a partner', async () => {
    const submitted = await requestIn(subgraph, 'SUBMITTED', expressionOfInterest(), partner);
    const list = `{ requests(first: 100) { totalCount edges { node { id contact { email } } } } }`;
    const mine = (await subgraph.execute<any>(list, {}, partner)).data.requests;
    expect(mine.edges.map((e: any) => e.node.id)).toContain(submitted.id);
    expect(mine.edges.every((e: any) => e.node.contact.email === partner.sub)).toBe(true);
    expect((await subgraph.execute<any>(list, {}, otherPartner)).data.requests.totalCount).toBe(0);
  });

  it("never gives a partner a request because an anonymous form named the partner's e-mail as contact", async () => {
    const named = await requestIn(subgraph, 'SUBMITTED', expressionOfInterest({ title: 'Named, not submitted' }));
    const reads = await subgraph.execute<any>(
      `query($id: ID!) { request(id: $id) { id } requests(first: 100) { edges { node { id } } } }`,
      { id: named.id },
      partner,
    );
    expect(reads.errors).toBeUndefined();
    expect(reads.data.request).toBeNull();
    expect(reads.data.requests.edges.map((e: any) => e.node.id)).not.toContain(named.id);
    expect((await subgraph.execute(WITHDRAW, { id: named.id }, partner)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('lets anyone check eligibility and read reference data', async () => {
    const result = await subgraph.execute<any>(
      `{ checkEligibility(input: { countryCode: "FR", institutions: [{ name: "Ministère", type: NATIONAL_INSTITUTION }] }) { eligible reasons { code message(lang: FR) } }
         thematicAreas { code label(lang: FR) subTopics { code label } } countries(eligibleOnly: true) { code kind } }`,
    );
    expect(result.data.checkEligibility).toEqual({
      eligible: false,
      reasons: [{ code: 'COUNTRY_EU_MEMBER_STATE', message: expect.stringContaining('France est un État membre') }],
    });
    expect(result.data.thematicAreas[1]).toMatchObject({ code: 'MIGRATION_AND_DEVELOPMENT', label: 'Migration et développement' });
    const codes = result.data.countries.map((c: any) => c.code);
    expect(codes).toEqual(expect.arrayContaining(['SN', 'ECOWAS', 'CW']));
    expect(codes).not.toContain('FR');
  });

  it('answers one country or regional organisation by code, with its instruments and eligibility on a date', async () => {
    const COUNTRY = `query($code: String!) { country(code: $code) { code kind name(lang: FR) region euMemberState old: instruments(on: "2015-06-01") now: instruments(on: "2022-06-01")
      eligibleThen: eligible(on: "2005-06-01") eligible(on: "2018-06-01") memberStates { code } } }`;
    expect((await subgraph.execute<any>(COUNTRY, { code: 'sn' })).data.country).toEqual({
      code: 'SN',
      kind: 'COUNTRY',
      name: 'Sénégal',
      region: 'AFRICA',
      euMemberState: false,
      old: ['EDF'],
      now: ['NDICI'],
      eligibleThen: true,
      eligible: true,
      memberStates: [],
    });
    const ecowas = (await subgraph.execute<any>(COUNTRY, { code: 'ECOWAS' })).data.country;
    expect(ecowas).toMatchObject({ kind: 'REGIONAL_ORGANISATION', old: [], now: [], eligible: true });
    expect(ecowas.memberStates.map((m: any) => m.code)).toEqual(expect.arrayContaining(['SN', 'GH', 'NG']));
    expect(ecowas.memberStates).toHaveLength(15);
    expect((await subgraph.execute<any>(COUNTRY, { code: 'FR' })).data.country).toMatchObject({ euMemberState: true, eligible: false, now: [] });
    expect((await subgraph.execute<any>(COUNTRY, { code: 'QQ' })).data.country).toBeNull();
    const all = (await subgraph.execute<any>('{ countries { code } }')).data.countries.map((c: any) => c.code);
    expect(all).toEqual(expect.arrayContaining(['SN', 'ECOWAS', 'FR']));
  });
});
