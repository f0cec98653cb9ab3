import { ANONYMOUS, callerId, DEVELOPMENT_SECRETS, IDENTITY_HEADER, signIdentity, type Identity } from '@mieux/service-kit';
import { daysFromToday, startGraph, type Caller, type RunningGraph } from '@mieux/service-kit/testing';
import { activeExpert, analyst, answer, approveRequest, committee, expressionOfInterest, followedAction, officer, SUBMIT } from './people';

/**
 * Who reads whose personal data, through the gateway on MySQL (README, Security): the actors of a
 * request's history, the requests a partner sees, the facts a crafted Portfolio representation could reveal.
 */
let graph: RunningGraph;
beforeAll(async () => {
  graph = await startGraph();
}, 240_000);
afterAll(() => graph?.close(), 60_000);

/** A call straight to a subgraph with the identity signed for it exactly as the gateway signs it. */
async function direct(service: 'actions' | 'experts' | 'monitoring' | 'portfolio', query: string, variables: Record<string, unknown>, who: Caller | null) {
  const identity: Identity = who ? { sub: who.sub ?? null, roles: [who.role], expertId: who.expertId ?? null, org: null } : ANONYMOUS;
  const body = JSON.stringify({ query, variables });
  const response = await fetch(`http://127.0.0.1:${graph.ports[service]}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: signIdentity(identity, DEVELOPMENT_SECRETS.subgraphSecret, body) },
    body,
  });
  return (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
}

/** The opaque id the graph records for a caller. */
const idOf = (caller: Caller) => callerId({ sub: caller.sub ?? null, roles: [caller.role], expertId: null } satisfies Identity);

describe("the actors of a request's history", () => {
  it('are a role and an opaque id to an analyst, never an e-mail; project officers alone read the sign-in behind the id', async () => {
    const { id } = await answer(graph, SUBMIT, { input: expressionOfInterest('Labour migration data', 'focal.point@employment.gov.gh') });
    await answer(
      graph,
      `mutation($id: ID!) { recordOfficialRequest(id: $id, input: { letterReference: "MELR/2026/4", receivedOn: "${daysFromToday(0)}", channel: WEBSITE }) { status } }`,
      { id },
      officer,
    );
    await answer(graph, `mutation($id: ID!) { withdrawRequest(id: $id, reason: "Merged with another request") { status } }`, { id }, officer);

    const read = await graph.query<any>(`{ requests(first: 100) { edges { node { history { to by role } } } } }`, {}, analyst);
    expect(read.errors).toBeUndefined();
    expect(read.data.requests.edges.flatMap((e: any) => e.node.history)).toHaveLength(3);
    expect(JSON.stringify(read.data)).not.toContain('@');

    const HISTORY = `query($id: ID!) { request(id: $id) { history { to actorId actorSubject role } } }`;
    const lines = [
      { to: 'EXPRESSION_OF_INTEREST', actorId: null, role: null },
      { to: 'SUBMITTED', actorId: idOf(officer), role: 'PROJECT_OFFICER' },
      { to: 'WITHDRAWN', actorId: idOf(officer), role: 'PROJECT_OFFICER' },
    ];
    for (const reader of [analyst, committee]) {
      expect((await answer(graph, HISTORY, { id }, reader)).history).toEqual(lines.map((line) => ({ ...line, actorSubject: null })));
    }
    expect((await answer(graph, HISTORY, { id }, officer)).history).toEqual(lines.map((line) => ({ ...line, actorSubject: line.actorId && officer.sub })));
  });
});

describe('the requests a partner sees', () => {
  it('are those it submitted signed in and those linked to its institution, never one because an anonymous form named its e-mail', async () => {
    const partner: Caller = { role: 'PARTNER', sub: 'ama.mensah@employment.gov.gh' };
    const named = await answer(graph, SUBMIT, { input: expressionOfInterest('Named by someone else', partner.sub!) });
    const own = await answer(graph, SUBMIT, { input: expressionOfInterest('Submitted signed in', 'someone.else@employment.gov.gh') }, partner);
    const READ = `query($id: ID!) { request(id: $id) { id contact { email } } requests(first: 100) { edges { node { id } } } }`;
    const listed = (data: any) => data.requests.edges.map((e: any) => e.node.id);

    const before = await graph.query<any>(READ, { id: named.id }, partner);
    expect(before.errors).toBeUndefined();
    expect(before.data.request).toBeNull();
    expect(listed(before.data)).toEqual([own.id]);
    const withdraw = await graph.query(`mutation($id: ID!) { withdrawRequest(id: $id, reason: "Not ours") { status } }`, { id: named.id }, partner);
    expect(withdraw.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // A project officer verifies the institution and links the request to it: its partners follow it.
    const linked = await answer(graph, `mutation($id: ID!) { createPartnerFromRequest(requestId: $id) { partners { id } } }`, { id: named.id }, officer);
    const ofInstitution = await graph.query<any>(READ, { id: named.id }, { ...partner, org: linked.partners[0].id });
    expect(ofInstitution.data.request).toEqual({ id: named.id, contact: { email: partner.sub } });
    expect(listed(ofInstitution.data).sort()).toEqual([named.id, own.id].sort());
  });
});

describe('the portfolio', () => {
  const FIGURES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Portfolio { expertsDeployed publicOfficialsFromMemberStates participants policiesSupported } } }`;

  it.each<[string, Caller | null]>([
    ['anonymous', null],
    ['an analyst', analyst],
  ])('takes no set of ids from outside (%s): no subgraph resolves a Portfolio representation, the read model answers figures only', async (_, who) => {
    const expertId = await activeExpert(graph, 'Ana Novak', 'HR');
    const crafted = { __typename: 'Portfolio', key: 'all', deployedExpertIds: [expertId], activityIds: [expertId], actionIds: [expertId] };
    for (const service of ['experts', 'monitoring', 'portfolio'] as const) {
      const answered = await direct(service, FIGURES, { r: [crafted] }, who);
      expect(answered.data?._entities ?? null).toBeNull();
      expect(answered.errors?.length).toBeGreaterThan(0);
    }
    const through = await graph.query<any>(FIGURES, { r: [crafted] }, who);
    expect(through.data ?? null).toBeNull();
    expect(through.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const figures = await graph.query<any>(`{ portfolio { expertsDeployed publicOfficialsFromMemberStates participants policiesSupported } }`, {}, who);
    expect(figures.errors).toBeUndefined();
    expect(figures.data.portfolio).toEqual({ expertsDeployed: 0, publicOfficialsFromMemberStates: 0, participants: 0, policiesSupported: 0 });
  });
});

describe("an expert's download (right of access)", () => {
  const DOWNLOAD = `{ myPersonalData { expertId roster invitations deployments appraisals } }`;

  it("holds what every service keeps about the expert (the roster's record, invitations, deployments, appraisals), and is read by that expert alone", async () => {
    const followed = await followedAction(graph);
    const expert: Caller = { role: 'EXPERT', sub: `${followed.expertId}@experts`, expertId: followed.expertId };
    const comment = 'Clear sessions, well prepared';
    await answer(
      graph,
      `mutation($a: ID!, $e: ID!) { appraiseExpert(activityId: $a, expertId: $e, input: { rating: GOOD, wouldDeployAgain: true, comment: "${comment}" }) { rating } }`,
      { a: followed.activityId, e: followed.expertId },
      officer,
    );
    // Another Action's training, a month ahead: the expert is invited to it and has not answered.
    const request = await answer(graph, SUBMIT, { input: expressionOfInterest('Bilateral labour agreements', 'bla@employment.gov.gh') });
    await approveRequest(graph, request.id);
    const action = await answer(graph, `mutation($id: ID!) { createAction(input: { requestId: $id }) { activityDrafts { id } } }`, { id: request.id }, officer);
    const planned = await answer(
      graph,
      `mutation($d: ID!, $from: Date!, $to: Date!) { scheduleActivityDraft(draftId: $d, input: { format: TRAINING_OF_TRAINERS, startsOn: $from, endsOn: $to, countryCode: "GH", city: "Kumasi" }) { id } }`,
      { d: action.activityDrafts[0].id, from: daysFromToday(30), to: daysFromToday(31) },
      officer,
    );
    const terms = 'Two sessions on bilateral labour agreements';
    const invitation = await answer(
      graph,
      `mutation($a: ID!, $e: ID!) { inviteExpert(activityId: $a, expertId: $e, role: LEAD_EXPERT, termsOfReference: "${terms}") { id } }`,
      { a: planned.id, e: followed.expertId },
      officer,
    );

    const data = await answer(graph, DOWNLOAD, {}, expert);
    expect(data.expertId).toBe(followed.expertId);
    expect(data.roster).toMatchObject({ id: followed.expertId, fullName: 'Eva Berg', status: 'ACTIVE', email: expect.stringMatching(/@gov\.example\.eu$/) });
    expect(data.roster.audit.length).toBeGreaterThan(0);
    expect(data.invitations).toEqual([
      expect.objectContaining({
        id: invitation.id,
        activityId: planned.id,
        role: 'LEAD_EXPERT',
        termsOfReference: terms,
        status: 'INVITED',
        invitedBy: idOf(officer),
      }),
    ]);
    expect(data.deployments).toEqual([expect.objectContaining({ activityId: followed.activityId, expertId: followed.expertId, role: 'LEAD_EXPERT' })]);
    expect(data.appraisals).toEqual([
      expect.objectContaining({
        activityId: followed.activityId,
        actionId: followed.action.id,
        rating: 'GOOD',
        wouldDeployAgain: true,
        comment,
        appraisedBy: idOf(officer),
      }),
    ]);
    // Instants as ISO 8601, and nothing of the idempotency bookkeeping, which is about no one.
    expect(data.invitations[0].invitedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(JSON.stringify(data)).not.toMatch(/idempotencyKey|payloadHash/);

    // Another expert downloads their own data only; no one else downloads any.
    const otherId = await activeExpert(graph, 'Lars Holm', 'DK');
    const other = await answer(graph, DOWNLOAD, {}, { role: 'EXPERT', sub: `${otherId}@experts`, expertId: otherId });
    expect(other).toMatchObject({ expertId: otherId, invitations: [], deployments: [], appraisals: [] });
    for (const who of [officer, analyst, committee]) {
      expect((await graph.query<any>(DOWNLOAD, {}, who)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await graph.query<any>(DOWNLOAD)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    // A representation naming someone else, sent straight to each service as that other expert: each part refused.
    const parts = { actions: ['invitations', 'deployments'], monitoring: ['appraisals'], experts: ['roster'] } as const;
    for (const [service, fields] of Object.entries(parts) as [keyof typeof parts, readonly string[]][]) {
      for (const field of fields) {
        const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on PersonalData { ${field} } } }`;
        const crafted = await direct(
          service,
          query,
          { r: [{ __typename: 'PersonalData', expertId: followed.expertId }] },
          {
            role: 'EXPERT',
            sub: `${otherId}@experts`,
            expertId: otherId,
          },
        );
        expect({ field, entity: crafted.data?._entities?.[0] ?? null, code: crafted.errors?.[0].extensions?.code }).toEqual({
          field,
          entity: null,
          code: 'FORBIDDEN',
        });
      }
    }
  });
});
