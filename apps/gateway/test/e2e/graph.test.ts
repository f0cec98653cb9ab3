import { randomUUID } from 'node:crypto';
import { serverAudits } from 'graphql-http';
import { addCalendarMonths } from '@mieux/domain';
import { IDENTITY_HEADER, signIdentity } from '@mieux/service-kit';
import { daysFromToday } from '@mieux/service-kit/testing';
import { analyst, committee, mustAnswer, officer, startGraph, SUBGRAPHS, type Caller, type RunningGraph } from '@mieux/service-kit/testing';

/** The story happens today: a decision follows the Action Fiche drafted today, and activities are held from their start on. */
const TODAY = daysFromToday(0);

/** The whole graph as real processes on MySQL, with the demo portfolio, through the gateway over HTTP. */
let graph: RunningGraph;
beforeAll(async () => {
  graph = await startGraph({ seedDemo: true });
}, 240_000);
afterAll(() => graph?.close(), 60_000);

const ok = <T = any>(query: string, variables: Record<string, unknown> = {}, as: Caller | null = null) => mustAnswer<T>(graph, query, variables, as);

describe('the demo portfolio answers the factsheet', () => {
  it('2009-2019: 109 Actions, 598 activities, 12,466 participants, 19 policies, 340 experts of whom 176 officials of 22 Member States', async () => {
    const { portfolio } = await ok(`{ portfolio(filter: { from: "2009-01-01", to: "2019-12-31" }) {
      actions activities participants policiesSupported expertsDeployed publicOfficialsFromMemberStates memberStatesRepresented } }`);
    expect(portfolio).toEqual({
      actions: 109,
      activities: 598,
      participants: 12_466,
      policiesSupported: 19,
      expertsDeployed: 340,
      publicOfficialsFromMemberStates: 176,
      memberStatesRepresented: 22,
    });
  });

  it('slices by thematic area and year across the four services in one query, each slice as the same portfolio filtered to it', async () => {
    const { portfolio } = await ok(
      `{ portfolio(filter: { region: AFRICA, from: "2016-01-01" }) { actions participants
      byThematicArea { value label(lang: FR) actions participants expertsDeployed requests }
      byYear { value actions participants } } }`,
      {},
      analyst,
    );
    const sum = (key: string) => portfolio.byYear.reduce((s: number, y: any) => s + y[key], 0);
    expect([sum('actions'), sum('participants')]).toEqual([portfolio.actions, portfolio.participants]);
    expect(portfolio.byThematicArea.length).toBeGreaterThan(1);
    const FIELDS = 'actions participants expertsDeployed requests';
    const filtered = await ok(
      `{ ${portfolio.byThematicArea
        .map(
          (slice: any) =>
            `${slice.value}: portfolio(filter: { region: AFRICA, from: "2016-01-01", thematicArea: ${slice.value} }) { ${FIELDS} } label_${slice.value}: thematicAreas { code label(lang: FR) }`,
        )
        .join(' ')} }`,
      {},
      analyst,
    );
    for (const slice of portfolio.byThematicArea) {
      const { value, label, ...figures } = slice;
      expect({ value, ...figures }).toEqual({ value, ...filtered[value] });
      expect(label).toBe(filtered[`label_${value}`].find((t: any) => t.code === value).label);
      expect(figures.actions).toBeGreaterThan(0);
    }
    // A year's Actions are those approved in it (the period filter's rule); its participants are those of
    // the activities held in it, which may belong to Actions approved the year before.
    const years = await ok(
      `{ ${portfolio.byYear.map((y: any) => `y${y.value}: portfolio(filter: { region: AFRICA, from: "${y.value}-01-01", to: "${y.value}-12-31" }) { actions }`).join(' ')} }`,
      {},
      analyst,
    );
    for (const y of portfolio.byYear) expect({ value: y.value, actions: y.actions }).toEqual({ value: y.value, ...years[`y${y.value}`] });
  });
});

describe('one story, from an expression of interest to the results', () => {
  it('runs the whole lifecycle through the gateway and answers one analyst query across all four services', async () => {
    const submit = await ok(
      `mutation($input: ExpressionOfInterestInput!) { submitExpressionOfInterest(input: $input, idempotencyKey: "e2e-story") { id status eligibilityPreview { eligible } } }`,
      {
        input: {
          title: 'Labour migration governance',
          countryCode: 'GH',
          description: 'Support to a labour migration policy',
          institutions: [{ name: 'Ministry of Employment', type: 'NATIONAL_INSTITUTION', countryCode: 'GH' }],
          contact: { name: 'Kofi Mensah', email: 'kofi.mensah@employment.gov.gh' },
          thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'],
          subTopics: ['LABOUR_MIGRATION'],
        },
      },
    );
    const requestId = submit.submitExpressionOfInterest.id;
    expect(submit.submitExpressionOfInterest).toMatchObject({ status: 'EXPRESSION_OF_INTEREST', eligibilityPreview: { eligible: true } });
    await ok(
      `mutation($id: ID!) { recordOfficialRequest(id: $id, input: { letterReference: "MELR/2026/1", receivedOn: "${TODAY}", channel: EU_DELEGATION }) { status } }`,
      { id: requestId },
      officer,
    );
    await ok(`mutation($id: ID!) { assessEligibility(id: $id) { status } }`, { id: requestId }, officer);
    await ok(
      `mutation($id: ID!) { draftActionFiche(id: $id, input: { objectives: "A policy", priorityNeeds: ["Data"], plannedActivities: [{ type: TRAINING, count: 7 }] }) { status } }`,
      { id: requestId },
      officer,
    );
    const decided = await ok(
      `mutation($id: ID!) { decideRequest(id: $id, input: { outcome: APPROVED, body: DG_INTPA, rationale: "Aligned with priorities", decidedOn: "${TODAY}" }) { status } }`,
      { id: requestId },
      committee,
    );
    expect(decided.decideRequest.status).toBe('APPROVED');

    const { createAction: action } = await ok(
      `mutation($id: ID!) { createAction(input: { requestId: $id }) { id reference launchTarget } }`,
      { id: requestId },
      officer,
    );
    expect(action.launchTarget).toBe(addCalendarMonths(TODAY, 3));
    const activityIds: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      const day = daysFromToday(i * 2);
      const planned = await ok(
        `mutation($a: ID!, $input: ActivityInput!) { planActivity(actionId: $a, input: $input) { id } }`,
        {
          a: action.id,
          input: {
            type: 'TRAINING',
            format: 'TRAINING_OF_TRAINERS',
            title: `Training ${i + 1}`,
            startsOn: day,
            endsOn: day,
            countryCode: 'GH',
            city: 'Accra',
          },
        },
        officer,
      );
      activityIds.push(planned.planActivity.id);
    }
    const experts: string[] = [];
    for (const [name, ms] of [
      ['Eva Berg', 'SE'],
      ['Marta Silva', 'PT'],
    ]) {
      const applied = await ok(`mutation($input: RosterApplicationInput!) { applyToRoster(input: $input) { id } }`, {
        input: {
          fullName: name,
          email: `${randomUUID()}@gov.example.eu`,
          nationality: ms,
          employerType: 'EU_MEMBER_STATE_ADMINISTRATION',
          publicOfficial: true,
          memberState: ms,
          thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'],
          languages: ['en'],
          cvSummary: 'Labour migration official',
          consent: true,
          privacyNoticeVersion: '2018.1',
          availability: [{ from: TODAY, to: daysFromToday(365) }],
          countriesOfExperience: ['GH'],
        },
      });
      experts.push(applied.applyToRoster.id);
      await ok(`mutation($id: ID!) { reviewApplication(id: $id, status: ACTIVE) { status } }`, { id: applied.applyToRoster.id }, officer);
    }
    const matched = await ok(
      `query($id: ID!) { activity(id: $id) { candidateExperts(first: 100) { edges { node { expert { id } score } } } } }`,
      { id: activityIds[0] },
      officer,
    );
    expect(matched.activity.candidateExperts.edges.map((e: any) => e.node.expert.id)).toEqual(expect.arrayContaining(experts));
    for (const expertId of experts)
      await ok(`mutation($a: ID!, $e: ID!) { deployExpert(activityId: $a, expertId: $e, role: EXPERT) { id } }`, { a: activityIds[0], e: expertId }, officer);
    // Booked through the graph: never proposed again for these dates, from the very next ranking.
    const rematched = await ok(
      `query($id: ID!) { activity(id: $id) { candidateExperts(first: 100) { edges { node { expert { id } } } } } }`,
      { id: activityIds[0] },
      officer,
    );
    const proposed = rematched.activity.candidateExperts.edges.map((e: any) => e.node.expert.id);
    for (const expertId of experts) expect(proposed).not.toContain(expertId);
    await ok(`mutation($id: ID!) { setActivityStatus(id: $id, status: HELD) { status } }`, { id: activityIds[0] }, officer);
    await ok(`mutation($a: ID!) { recordParticipation(activityId: $a, input: { total: 25, women: 12, men: 13 }) { total } }`, { a: activityIds[0] }, officer);
    await ok(
      `mutation($a: ID!) { submitEvaluation(activityId: $a, input: { respondentType: PARTNER_AUTHORITY, rating: EXCELLENT }) { id } }`,
      { a: activityIds[0] },
      officer,
    );
    await ok(
      `mutation($a: ID!) { recordResult(actionId: $a, input: { type: POLICY, status: DRAFTED, title: "National labour migration policy", date: "${TODAY}" }) { id } }`,
      { a: action.id },
      officer,
    );

    const story = await ok(
      `query($id: ID!) { request(id: $id) { reference status country { name(lang: FR) }
      action { reference status launchedOnTime participants results { type }
        activities(first: 1) { edges { node { status participation { total women } evaluations { satisfactionRate }
          deployments { edges { node { expert { publicOfficial euNational displayName memberState { code } email } } } } } } } } } }`,
      { id: requestId },
      analyst,
    );
    expect(story.request).toMatchObject({
      status: 'APPROVED',
      country: { name: 'Ghana' },
      action: {
        reference: action.reference,
        status: 'IN_IMPLEMENTATION',
        launchedOnTime: true,
        participants: 25,
        results: [{ type: 'POLICY' }],
        activities: { edges: [{ node: { status: 'HELD', participation: { total: 25, women: 12 }, evaluations: { satisfactionRate: 1 } } }] },
      },
    });
    expect(story.request.action.activities.edges[0].node.deployments.edges.map((e: any) => e.node.expert)).toEqual([
      // An analyst reads the deployed experts' public card: their profile is the expert's and project officers' only.
      { publicOfficial: true, euNational: true, displayName: null, memberState: null, email: null },
      { publicOfficial: true, euNational: true, displayName: null, memberState: null, email: null },
    ]);
  }, 60_000);
});

describe('access through the gateway', () => {
  const EXPERTS = `{ experts(first: 3) { edges { node { displayName email phone cvSummary } } } }`;

  it('hides expert personal data from analysts and anonymous callers, and shows it to project officers', async () => {
    const forAnalyst = await ok(EXPERTS, {}, analyst);
    for (const { node } of forAnalyst.experts.edges) expect([node.email, node.phone, node.cvSummary]).toEqual([null, null, null]);
    expect((await graph.query(EXPERTS)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const forOfficer = await ok(EXPERTS, {}, officer);
    expect(forOfficer.experts.edges[0].node.email).toMatch(/@/);
  });

  it('refuses a call straight to a subgraph without the gateway signature, and a forged identity', async () => {
    const url = `http://127.0.0.1:${graph.ports.experts}/graphql`;
    const body = JSON.stringify({ query: '{ experts(first: 1) { edges { node { email } } } }' });
    expect((await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).status).toBe(401);
    const forged = signIdentity({ sub: 'me', roles: ['ADMIN'], expertId: null }, 'a-secret-that-is-not-the-gateways', body);
    expect((await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: forged }, body })).status).toBe(401);
  });
});

describe('refusals across services, as the owner of the fact answers them', () => {
  /** A held demo activity with its deployed experts, read as a project officer. */
  async function heldActivity(): Promise<{ id: string; experts: string[] }> {
    const { actions } = await ok(
      `{ actions(first: 20, filter: { approvedTo: "2019-12-31" }) { edges { node { activities(first: 7) { edges { node { id status deployments { edges { node { expert { id } } } } } } } } } } }`,
      {},
      officer,
    );
    const activity = actions.edges
      .flatMap((e: any) => e.node.activities.edges.map((a: any) => a.node))
      .find((a: any) => a.status === 'HELD' && a.deployments.edges.length > 0);
    return { id: activity.id, experts: activity.deployments.edges.map((d: any) => d.node.expert.id) };
  }
  const EVALUATE = `mutation($a: ID!, $who: RespondentType!) { submitEvaluation(activityId: $a, input: { respondentType: $who, rating: GOOD }) { rating } }`;

  it('monitoring → actions: an evaluation of an activity the caller may not read is NOT_FOUND, an anonymous one UNAUTHENTICATED', async () => {
    const activity = await heldActivity();
    const deployed: Caller = { role: 'EXPERT', sub: 'deployed@gov.example.eu', expertId: activity.experts[0] };
    const stranger: Caller = { role: 'EXPERT', sub: 'stranger@gov.example.eu', expertId: randomUUID() };
    expect((await ok(EVALUATE, { a: activity.id, who: 'EXPERT' }, deployed)).submitEvaluation).toEqual({ rating: 'GOOD' });
    expect((await graph.query(EVALUATE, { a: activity.id, who: 'EXPERT' }, stranger)).errors?.[0]).toMatchObject({
      message: `Activity ${activity.id} was not found`,
      extensions: { code: 'NOT_FOUND' },
    });
    expect((await graph.query(EVALUATE, { a: activity.id, who: 'PARTICIPANT' })).errors?.[0]).toMatchObject({
      message: 'Sign in to do this',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('actions → requests and experts: an Action from a request not approved, and a deployment of an expert not on the roster, are refused', async () => {
    const submitted = await ok(`mutation($input: ExpressionOfInterestInput!) { submitExpressionOfInterest(input: $input) { id } }`, {
      input: {
        title: 'Border management',
        countryCode: 'SN',
        description: 'Support',
        institutions: [{ name: 'Ministry of the Interior', type: 'NATIONAL_INSTITUTION' }],
        contact: { name: 'Awa Diop', email: 'awa.diop@interieur.gouv.sn' },
        thematicAreas: ['IRREGULAR_MIGRATION_AND_TRAFFICKING'],
      },
    });
    const requestId = submitted.submitExpressionOfInterest.id;
    expect((await graph.query(`mutation($id: ID!) { createAction(input: { requestId: $id }) { id } }`, { id: requestId }, officer)).errors?.[0]).toMatchObject({
      message: 'Request is EXPRESSION_OF_INTEREST; an Action is created only from an APPROVED request',
      extensions: { code: 'CONFLICT', requestStatus: 'EXPRESSION_OF_INTEREST' },
    });
    const activity = await heldActivity();
    const unknown = randomUUID();
    expect(
      (
        await graph.query(
          `mutation($a: ID!, $e: ID!) { deployExpert(activityId: $a, expertId: $e, role: EXPERT) { id } }`,
          { a: activity.id, e: unknown },
          officer,
        )
      ).errors?.[0],
    ).toMatchObject({
      message: `Expert ${unknown} was not found`,
      extensions: { code: 'NOT_FOUND' },
    });
  });
});

describe('partial results', () => {
  it('answers with what it has while a subgraph is down, names it, and recovers when it is back', async () => {
    const query = `{ actions(first: 3, filter: { approvedTo: "2019-12-31" }) { edges { node { reference activities(first: 2) { edges { node { title participation { total } } } } } } } }`;
    await graph.stop('monitoring');
    const partial = await graph.query(query, {}, analyst);
    expect(partial.data?.actions.edges).toHaveLength(3);
    expect(partial.data?.actions.edges[0].node.activities.edges[0].node).toMatchObject({ title: expect.any(String), participation: null });
    expect(partial.errors?.[0]).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE', service: 'monitoring' } });
    await graph.start('monitoring');
    const recovered = await graph.query(query, {}, analyst);
    expect(recovered.errors).toBeUndefined();
    expect(recovered.data?.actions.edges[0].node.activities.edges[0].node.participation.total).toBeGreaterThan(0);
  }, 60_000);
});

describe('partial results, each subgraph in turn', () => {
  /** One query over the five services: root fields of requests, actions, experts and portfolio, and fields each adds to the others' types. */
  const ALL = `{
    countries(eligibleOnly: true) { code }
    portfolio { actions requests expertsDeployed participants }
    actions(first: 2, filter: { approvedTo: "2019-12-31" }) { edges { node { reference country { code name } participants
      activities(first: 1) { edges { node { title evaluations { satisfactionRate } candidateExperts(first: 1) { edges { node { score } } }
        deployments { edges { node { expert { displayName } } } } } } } } } }
    experts(first: 1) { edges { node { displayName nationality { code name } deployments { totalCount } } } }
  }`;
  const action = (d: any) => d.actions?.edges[0].node;
  const activity = (d: any) => action(d)?.activities.edges[0].node;
  const expert = (d: any) => d.experts?.edges[0].node;
  /**
   * For each stopped service: what must be null (its part) and what must still be there (the others'). The
   * portfolio is the read model's: its figures stay while any producer is away, and go only with it.
   */
  const parts: Record<(typeof SUBGRAPHS)[number], { gone(d: any): unknown[]; kept(d: any): unknown[] }> = {
    requests: {
      gone: (d) => [d.countries, action(d).country, expert(d).nationality],
      kept: (d) => [d.portfolio.requests, d.portfolio.actions, action(d).reference, action(d).participants, expert(d).displayName],
    },
    actions: {
      gone: (d) => [d.actions, expert(d).deployments],
      kept: (d) => [d.countries?.[0], d.portfolio.actions, expert(d).displayName, expert(d).nationality?.name],
    },
    experts: {
      gone: (d) => [d.experts, activity(d).candidateExperts],
      kept: (d) => [d.countries?.[0], d.portfolio.expertsDeployed, action(d).reference, activity(d).title, activity(d).evaluations],
    },
    monitoring: {
      gone: (d) => [action(d).participants, activity(d).evaluations],
      kept: (d) => [d.countries?.[0], d.portfolio.participants, action(d).reference, activity(d).candidateExperts, expert(d).deployments],
    },
    portfolio: {
      gone: (d) => [d.portfolio],
      kept: (d) => [d.countries?.[0], action(d).reference, action(d).participants, activity(d).evaluations, expert(d).displayName],
    },
  };

  it.each(SUBGRAPHS)(
    "answers the other services' data while %s is stopped, with an error naming it",
    async (stopped) => {
      const whole = await graph.query(ALL, {}, officer);
      expect(whole.errors).toBeUndefined();
      expect(parts[stopped].gone(whole.data)).not.toContain(null);
      await graph.stop(stopped);
      try {
        const partial = await graph.query(ALL, {}, officer);
        expect(partial.status).toBe(200);
        expect(partial.errors?.length).toBeGreaterThan(0);
        for (const error of partial.errors ?? []) expect(error.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: stopped });
        expect(parts[stopped].gone(partial.data)).toEqual(parts[stopped].gone(partial.data).map(() => null));
        for (const value of parts[stopped].kept(partial.data)) expect(value ?? null).not.toBeNull();
      } finally {
        await graph.start(stopped);
      }
      expect((await graph.query(ALL, {}, officer)).errors).toBeUndefined();
    },
    90_000,
  );
});

describe('batching across the graph', () => {
  /** SQL statements sent by all four services together, from their /metrics counters. */
  async function statements(): Promise<number> {
    const counts = await Promise.all(
      ['requests', 'actions', 'experts', 'monitoring'].map(async (name) => {
        const text = await (await fetch(`http://127.0.0.1:${graph.ports[name as 'requests']}/metrics`)).text();
        return Number(/mieux_sql_statements_total\{[^}]*\} (\d+)/.exec(text)![1]);
      }),
    );
    return counts.reduce((a, b) => a + b, 0);
  }

  it('sends as many SQL statements for a page of 100 Actions as for a page of 10', async () => {
    const explorer = `query($first: Int!) { actions(first: $first) { edges { node { reference request { reference status } country { name }
      activities(first: 7) { edges { node { title deployments { edges { node { role expert { displayName employerType } } } }
        participation { total women } evaluations { count satisfactionRate } } } } } } } }`;
    const counts: number[] = [];
    for (const first of [10, 50, 100]) {
      const before = await statements();
      const result = await graph.query(explorer, { first }, analyst);
      expect(result.errors).toBeUndefined();
      expect(result.data?.actions.edges).toHaveLength(first);
      counts.push((await statements()) - before);
    }
    expect(counts[1]).toBe(counts[0]);
    expect(counts[2]).toBe(counts[0]);
  });
});

describe('GraphQL over HTTP', () => {
  it('passes every MUST and SHOULD of the graphql-http audit', async () => {
    const results = await Promise.all(serverAudits({ url: graph.url, fetchFn: fetch }).map((audit) => audit.fn()));
    expect(results.filter((r) => r.status === 'warn' || r.status === 'error').map((r) => r.name)).toEqual([]);
  });
});
