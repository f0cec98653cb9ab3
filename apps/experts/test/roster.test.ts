import { concurrently, countStatements, givenOnce, identityOf, outboxEvents } from '@mieux/service-kit/testing';
import { ExpertAuditEntity, ExpertEntity } from '../src/expert/expert.entity';
import { APPLY, REVIEW, actionsDownFor, actionsStub, activeExpert, analyst, anonymous, application, officer, startExperts, type Subgraph } from './fixtures';

let subgraph: Subgraph;
// Started in the first test that runs (the kit's givenOnce): starting loads the matching index through the repository, which mutation testing then attributes to that test.
beforeEach(
  givenOnce(async () => {
    subgraph = await startExperts();
  }),
  60_000,
);
afterAll(() => subgraph?.close());

describe('applying and review', () => {
  it('records an application with its consent, reads it back to the anonymous applicant, and refuses one without consent', async () => {
    const applied = await subgraph.execute<any>(APPLY, { input: application() }, anonymous);
    // The name is personal data: the applicant reads it back though the token names no one.
    expect(applied.data.applyToRoster).toMatchObject({ status: 'APPLIED', displayName: expect.stringMatching(/^Ana Novak \d+$/) });
    const row = await subgraph.database.dataSource.getRepository(ExpertEntity).findOneByOrFail({ id: applied.data.applyToRoster.id });
    expect(row.privacyNoticeVersion).toBe('2018.1');
    expect(row.consentGivenAt).toBeInstanceOf(Date);
    const refused = await subgraph.execute(APPLY, { input: application({ consent: false, languages: ['xx'], memberState: null }) });
    expect((refused.errors?.[0].extensions as any).problems.map((p: any) => p.field)).toEqual(['input.memberState', 'input.languages.0', 'input.consent']);
  });

  it('takes an idempotency key: 20 racing replays of an application return the first', async () => {
    const input = application();
    const mutation = `mutation($input: RosterApplicationInput!) { applyToRoster(input: $input, idempotencyKey: "cv-form-9") { id } }`;
    const results = await concurrently(20, () => subgraph.execute<any>(mutation, { input }));
    expect(results.map((r) => r.errors)).toEqual(Array(20).fill(undefined));
    expect(new Set(results.map((r) => r.data.applyToRoster.id)).size).toBe(1);
    expect(await subgraph.database.dataSource.getRepository(ExpertEntity).countBy({ email: input.email })).toBe(1);
  });

  it('scopes idempotency keys: an anonymous key to its input, a signed-in key to its caller', async () => {
    const mutation = `mutation($input: RosterApplicationInput!) { applyToRoster(input: $input, idempotencyKey: "form-2026-0412") { id } }`;
    const first = await subgraph.execute<any>(mutation, { input: application() });
    // A stranger who copies the same example key applies with their own data: a new application, not a refusal.
    const stranger = await subgraph.execute<any>(mutation, { input: application({ fullName: 'Someone Else', email: 'someone.else@example.org' }) });
    expect(stranger.errors).toBeUndefined();
    expect(stranger.data.applyToRoster.id).not.toBe(first.data.applyToRoster.id);
    // The same key from two signed-in callers is two keys; one caller's key with another payload is refused.
    const mine = await subgraph.execute<any>(mutation, { input: application() }, officer);
    const theirs = await subgraph.execute<any>(mutation, { input: application() }, identityOf('PROJECT_OFFICER', { sub: 'other.officer@icmpd.org' }));
    expect(new Set([first, mine, theirs].map((r) => r.data.applyToRoster.id)).size).toBe(3);
    const other = await subgraph.execute(mutation, { input: application({ cvSummary: 'Another career' }) }, officer);
    expect(other.errors?.[0]).toMatchObject({
      message: 'Invalid input: idempotencyKey: was already used for a different request',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const long = await subgraph.execute(mutation.replace('form-2026-0412', 'k'.repeat(101)), { input: application() });
    expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idempotencyKey' });
  });

  it('lets project officers activate or refuse with a reason', async () => {
    const { data } = await subgraph.execute<any>(APPLY, { input: application() });
    const id = data.applyToRoster.id;
    expect((await subgraph.execute(REVIEW, { id, status: 'REFUSED' }, officer)).errors?.[0].extensions?.field).toBe('reason');
    expect((await subgraph.execute(REVIEW, { id, status: 'ACTIVE' }, analyst)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await subgraph.execute<any>(REVIEW, { id, status: 'REFUSED', reason: 'Outside the scope' }, officer)).data.reviewApplication).toEqual({
      id,
      status: 'REFUSED',
      refusalReason: 'Outside the scope',
    });
    expect((await subgraph.execute(REVIEW, { id, status: 'ACTIVE' }, officer)).errors?.[0].message).toBe('Expert is REFUSED; it is final, not ACTIVE');
  });
});

describe('personal data', () => {
  const CARD = `id status erased publicOfficial euNational`;
  const PROFILE = `displayName nationality { code } employerType memberState { code } thematicAreas subTopics languages regions countriesOfExperience { code }
    availability { from to } email phone cvSummary consent { noticeVersion }`;
  const READ = `query($id: ID!) { expert(id: $id) { ${CARD} ${PROFILE} } }`;
  const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Expert { ${CARD} ${PROFILE} } } }`;
  let id: string;
  // Made in the first test that runs (the kit's givenOnce), so mutation testing attributes what it reaches in the repository to that test.
  beforeEach(
    givenOnce(async () => {
      id = await activeExpert(subgraph);
    }),
  );

  it.each([
    ['the expert', () => identityOf('EXPERT', { expertId: id }), true],
    ['a project officer', () => officer, true],
    ['an administrator', () => identityOf('ADMIN'), true],
    ['an analyst', () => analyst, false],
    ['the Steering Committee', () => identityOf('STEERING_COMMITTEE'), false],
    ['another expert', () => identityOf('EXPERT', { expertId: 'someone-else' }), false],
    ['a partner', () => identityOf('PARTNER', { org: 'institution-1' }), false],
  ])('%s sees the profile and personal data: %s — through expert and _entities alike; the public card always', async (_, who, sees) => {
    const byQuery = (await subgraph.execute<any>(READ, { id }, who())).data.expert;
    const byEntity = (await subgraph.execute<any>(ENTITIES, { r: [{ __typename: 'Expert', id }] }, who())).data._entities[0];
    for (const seen of [byQuery, byEntity]) {
      const { id: seenId, status, erased, publicOfficial, euNational, ...profile } = seen;
      expect({ seenId, status, erased, publicOfficial, euNational }).toEqual({
        seenId: id,
        status: 'ACTIVE',
        erased: false,
        publicOfficial: true,
        euNational: true,
      });
      if (sees) {
        expect(profile).toMatchObject({
          displayName: expect.stringMatching(/^Ana Novak/),
          nationality: { code: 'HR' },
          memberState: { code: 'HR' },
          languages: ['en', 'fr'],
        });
        expect(Object.values(profile).every((value) => value !== null)).toBe(true);
      } else {
        expect(Object.values(profile).every((value) => value === null)).toBe(true);
      }
    }
  });

  it('shows anonymous callers nothing of an expert', async () => {
    expect((await subgraph.execute(READ, { id }, anonymous)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await subgraph.execute<any>(ENTITIES, { r: [{ __typename: 'Expert', id }] }, anonymous)).data._entities).toEqual([null]);
  });

  it('gives the expert all their data, and lets them withdraw consent', async () => {
    const me = identityOf('EXPERT', { expertId: id });
    const data = (await subgraph.execute<any>('{ myData }', {}, me)).data.myData;
    expect(data).toMatchObject({ id, email: expect.stringContaining('@mup.hr'), audit: [{ action: 'APPLIED' }, { action: 'STATUS_ACTIVE' }] });
    const withdrawn = await subgraph.execute<any>('mutation { withdrawConsent { status consent { withdrawnAt } } }', {}, me);
    expect(withdrawn.data.withdrawConsent.status).toBe('INACTIVE');
    expect(withdrawn.data.withdrawConsent.consent.withdrawnAt).not.toBeNull();
    expect(actionsStub.calls.filter((c) => c.variables.expertId === id).map((c) => c.identity.expertId)).toEqual([id]);
    expect((await subgraph.execute(REVIEW, { id, status: 'ACTIVE' }, officer)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("answers the roster's part of the expert's download to that expert alone, and no download to anyone else", async () => {
    const other = await activeExpert(subgraph);
    const me = identityOf('EXPERT', { expertId: other });
    const DOWNLOAD = '{ myPersonalData { expertId roster } }';
    const mine = (await subgraph.execute<any>(DOWNLOAD, {}, me)).data.myPersonalData;
    expect(mine).toMatchObject({ expertId: other, roster: { id: other, status: 'ACTIVE', audit: [{ action: 'APPLIED' }, { action: 'STATUS_ACTIVE' }] } });
    expect(mine.roster).not.toHaveProperty('idempotencyKey');
    expect((await subgraph.execute<any>(DOWNLOAD, {}, officer)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // An expert's token naming no one on the roster: nothing to download.
    expect((await subgraph.execute<any>(DOWNLOAD, {}, identityOf('EXPERT', { expertId: 'not-on-the-roster' }))).data.myPersonalData).toBeNull();
  });

  it('keeps a withdrawal when the actions service cannot end the deployments, and withdrawing again ends them', async () => {
    const other = await activeExpert(subgraph);
    const me = identityOf('EXPERT', { expertId: other });
    actionsDownFor.add(other);
    const refused = await subgraph.execute<any>('mutation { withdrawConsent { status } }', {}, me);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'actions' });
    const [row] = await subgraph.database.dataSource.query('SELECT status, consent_withdrawn_at FROM expert WHERE id = ?', [other]);
    expect(row.status).toBe('INACTIVE');
    expect(row.consent_withdrawn_at).not.toBeNull();
    actionsDownFor.delete(other);
    expect((await subgraph.execute<any>('mutation { withdrawConsent { status } }', {}, me)).data.withdrawConsent.status).toBe('INACTIVE');
    expect(actionsStub.calls.filter((c) => c.variables.expertId === other)).toHaveLength(2);
  });
});

describe('erasure', () => {
  it('removes personal values from the row, keeps the statistics, and audits without personal data', async () => {
    const id = await activeExpert(subgraph, { memberState: 'PT', nationality: 'PT' });
    const erased = await subgraph.execute<any>(`mutation($id: ID!) { eraseExpert(id: $id) { displayName erased status email } }`, { id }, officer);
    expect(erased.data.eraseExpert).toEqual({ displayName: 'Erased expert', erased: true, status: 'INACTIVE', email: null });
    const [raw] = await subgraph.database.dataSource.query('SELECT * FROM expert WHERE id = ?', [id]);
    expect([raw.full_name, raw.email, raw.phone, raw.cv_summary]).toEqual([null, null, null, null]);
    expect(JSON.stringify(raw)).not.toMatch(/Ana Novak|mup\.hr|\+385/);
    // The portfolio keeps the statistics it was told at the application: the erasure tells it nothing new.
    const facts = (await outboxEvents(subgraph.database, id)).filter((e) => e.type === 'ExpertFactsChanged').map((e) => e.payload);
    expect(facts).toEqual([{ expertId: id, employerType: raw.employer_type, publicOfficial: true, memberState: 'PT' }]);
    const audit = await subgraph.database.dataSource.getRepository(ExpertAuditEntity).findBy({ expertId: id });
    expect(audit.map((a) => a.action)).toEqual(['APPLIED', 'STATUS_ACTIVE', 'ERASED']);
    expect(actionsStub.calls.filter((c) => c.variables.expertId === id).map((c) => c.identity.roles)).toEqual([['PROJECT_OFFICER']]);
  });
});

describe('reading experts', () => {
  it('resolves N experts in one statement', async () => {
    const ids = await Promise.all(Array.from({ length: 10 }, () => activeExpert(subgraph)));
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Expert { id displayName nationality { code } } } }`;
    for (const n of [1, 10]) {
      expect(
        await countStatements(subgraph.database, () => subgraph.execute(query, { r: ids.slice(0, n).map((id) => ({ __typename: 'Expert', id })) }, analyst)),
      ).toBe(1);
    }
  });
});
