import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { addCalendarMonths } from '@mieux/domain';
import {
  ActionsPageDocument,
  CandidateExpertsDocument,
  type ActionsPageQuery,
  type PortfolioAfricaQuery,
  CheckEligibilityDocument,
  CreateActionDocument,
  InviteExpertDocument,
  MyInvitationsDocument,
  RespondToInvitationDocument,
  DecisionTimesDocument,
  exampleText,
  readExamples,
  MyInstitutionDocument,
  OpenEvaluationDocument,
  AnswerEvaluationDocument,
  OverrideEligibilityDocument,
  PortfolioAfricaDocument,
  RecordOfficialRequestDocument,
  RequestRevisionDocument,
  ScheduleActivityDraftDocument,
  SubmitExpressionOfInterestDocument,
} from '@mieux/examples';
import { bearer, daysFromToday, startGraph, type Caller, type RunningGraph } from '@mieux/service-kit/testing';
import { launchChromium, recordingRelay, servePage } from '../browser/chromium';
import { analyst, answer, committee, officer } from './people';

/**
 * Every example operation of the README (packages/examples), sent as written there through the real
 * gateway to the four services on MySQL with the demo portfolio, by the caller it is written for,
 * each followed by what it must have done. The answers are typed by the examples' generated types.
 */
const TODAY = daysFromToday(0);
let graph: RunningGraph;
beforeAll(async () => {
  graph = await startGraph({ seedDemo: true });
}, 240_000);
afterAll(() => graph?.close(), 60_000);

/** The examples this file sent: at its end, every one of the README's. */
const ran = new Set<string>();

/** An example's text, as the README shows it, with its variables; any error fails the test with it. */
async function run<R, V>(document: TypedDocumentNode<R, V>, variables: V, as: Caller | null): Promise<R> {
  const text = exampleText(document);
  ran.add(text);
  const result = await graph.query<R>(text, variables as Record<string, unknown>, as);
  if (result.errors) throw new Error(`${text}\n${JSON.stringify(result.errors, null, 2)}`);
  return result.data as R;
}

const last = <T>(list: readonly T[]): T => list[list.length - 1];

describe("the README's examples, one request's story", () => {
  let requestId: string;
  let activityId: string;
  let expertId: string;
  let actionReference: string;
  let actionId: string;
  let institutionId: string;

  it('CheckEligibility: a joint request from Senegal is eligible, with its reasons in French', async () => {
    const { checkEligibility } = await run(CheckEligibilityDocument, {}, null);
    expect(checkEligibility).toEqual({
      eligible: true,
      reasons: [
        { code: 'COUNTRY_ELIGIBLE', blocking: false, message: expect.stringContaining('Sénégal') },
        { code: 'JOINT_REQUEST', blocking: false, message: expect.any(String) },
      ],
    });
  });

  it('SubmitExpressionOfInterest: anonymous, answers the reference and the tracking code once; the same key answers the same request', async () => {
    const { submitExpressionOfInterest: submitted } = await run(SubmitExpressionOfInterestDocument, {}, null);
    expect(submitted).toEqual({
      id: expect.any(String),
      reference: expect.stringMatching(/^REQ-\d{4}-\d{3}$/),
      trackingCode: expect.stringMatching(/\S{6,}/),
      status: 'EXPRESSION_OF_INTEREST',
      eligibilityPreview: { eligible: true, reasons: [{ code: 'COUNTRY_ELIGIBLE', message: expect.stringContaining('Senegal') }] },
    });
    requestId = submitted.id;
    const replay = (await run(SubmitExpressionOfInterestDocument, {}, null)).submitExpressionOfInterest;
    expect(replay).toEqual({ ...submitted, trackingCode: null });
  });

  it('RecordOfficialRequest: the official letter submits the request, in its history', async () => {
    const { recordOfficialRequest } = await run(RecordOfficialRequestDocument, { id: requestId, receivedOn: TODAY }, officer);
    expect(recordOfficialRequest.status).toBe('SUBMITTED');
    // Who moved it is a role and an opaque id, never the officer's e-mail.
    expect(last(recordOfficialRequest.history)).toEqual({
      from: 'EXPRESSION_OF_INTEREST',
      to: 'SUBMITTED',
      role: 'PROJECT_OFFICER',
      actorId: expect.stringMatching(/^[^@\s]+$/),
      at: expect.any(String),
    });
    // Verified, the requesting institution becomes a partner institution: its people will follow the request.
    const linked = await answer(graph, `mutation($id: ID!) { createPartnerFromRequest(requestId: $id) { partners { id } } }`, { id: requestId }, officer);
    institutionId = linked.partners[0].id;
  });

  it('OverrideEligibility: the officer makes it eligible with a rationale, recorded as ELIGIBILITY_OVERRIDE', async () => {
    const { overrideEligibility } = await run(OverrideEligibilityDocument, { id: requestId }, officer);
    expect(overrideEligibility.status).toBe('ELIGIBLE');
    expect(last(overrideEligibility.history)).toEqual({ kind: 'ELIGIBILITY_OVERRIDE', reason: 'The Ministry co-signed the letter' });
  });

  it('RequestRevision: the Steering Committee sends the first Action Fiche back, as DG HOME, with its comments', async () => {
    const draft = `mutation($id: ID!, $objectives: String!) { draftActionFiche(id: $id, input: { objectives: $objectives, priorityNeeds: ["Data"],
      plannedActivities: [{ type: INFORMATION_EXCHANGE, count: 1 }] }) { status } }`;
    expect(await answer(graph, draft, { id: requestId, objectives: 'A labour migration policy' }, officer)).toEqual({ status: 'ACTION_FICHE_DRAFTED' });
    const { decideRequest } = await run(RequestRevisionDocument, { id: requestId }, committee);
    expect(decideRequest.status).toBe('REVISION_REQUESTED');
    expect(decideRequest.actionFicheVersions).toEqual([{ version: 1, objectives: 'A labour migration policy' }]);
    expect(last(decideRequest.history)).toEqual({
      to: 'REVISION_REQUESTED',
      kind: 'TRANSITION',
      role: 'STEERING_COMMITTEE',
      body: 'DG_HOME',
      reason: 'Add a study visit to a Member State',
    });
    // The officer drafts again and the committee approves: the request can open its Action.
    await answer(graph, draft, { id: requestId, objectives: 'A labour migration policy, with a study visit' }, officer);
    const approve = `mutation($id: ID!) { decideRequest(id: $id, input: { outcome: APPROVED, body: DG_INTPA, rationale: "Aligned" }) { status } }`;
    expect(await answer(graph, approve, { id: requestId }, committee)).toEqual({ status: 'APPROVED' });
  });

  let draftId: string;
  it('CreateAction: the approved request opens its Action, to launch within three months, with the fiche planned activity to date', async () => {
    const { createAction } = await run(CreateActionDocument, { requestId }, officer);
    expect(createAction).toEqual({
      id: expect.any(String),
      reference: expect.stringMatching(/^MIEUX-\d{4}-\d{3}$/),
      launchTarget: addCalendarMonths(TODAY, 3),
      activityDrafts: [{ id: expect.any(String), type: 'INFORMATION_EXCHANGE', title: expect.any(String) }],
    });
    actionReference = createAction.reference;
    actionId = createAction.id;
    draftId = createAction.activityDrafts[0].id;
  });

  it('ScheduleActivityDraft: dates the planned activity as a workshop in Dakar, of the type the fiche gave', async () => {
    const { scheduleActivityDraft } = await run(ScheduleActivityDraftDocument, { draftId, startsOn: TODAY, endsOn: daysFromToday(1) }, officer);
    expect(scheduleActivityDraft).toEqual({ id: expect.any(String), type: 'INFORMATION_EXCHANGE', title: expect.any(String), status: 'PLANNED' });
    activityId = scheduleActivityDraft.id;
  });

  it("CandidateExperts: the roster's best matches for the activity, best first, each with its score and reasons", async () => {
    const { activity } = await run(CandidateExpertsDocument, { activityId }, officer);
    expect(activity?.title).toEqual(expect.any(String));
    // A workshop in Dakar works in French unless planned otherwise.
    expect(activity?.workingLanguages).toEqual(['fr']);
    const candidates = (activity?.candidateExperts?.edges ?? []).map((e) => e.node);
    expect(candidates).toHaveLength(5);
    const scores = candidates.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(candidates.map((c) => c.rank)).toEqual([1, 2, 3, 4, 5]);
    for (const candidate of candidates) {
      expect(candidate).toMatchObject({ expert: { id: expect.any(String), displayName: expect.any(String), nationality: { name: expect.any(String) } } });
      expect(candidate.expert.languages).toContain('fr');
      expect(candidate.score).toBeGreaterThan(0);
      expect(candidate.reasons.map((r) => r.code).slice(0, 7)).toEqual([
        'LANGUAGE',
        'THEMATIC_FIT',
        'REGIONAL_EXPERIENCE',
        'SUB_TOPIC_FIT',
        'AVAILABILITY',
        'PEER_VALUE',
        'ROTATION',
      ]);
      for (const reason of candidate.reasons) expect(reason).toEqual({ code: expect.any(String), score: expect.any(Number), message: expect.any(String) });
    }
    expect(candidates[0].reasons[0].message).toBe("Parle toutes les langues de travail de l'activité (fr)");
    expertId = candidates[0].expert.id;
  });

  let invitationId: string;

  it('InviteExpert: the candidate is invited as lead expert, holding their dates', async () => {
    const { inviteExpert } = await run(InviteExpertDocument, { activityId, expertId }, officer);
    expect(inviteExpert).toEqual({
      id: expect.any(String),
      status: 'INVITED',
      expiresAt: expect.any(String),
      activity: { title: expect.any(String), startsOn: TODAY },
    });
    invitationId = inviteExpert.id;
  });

  it('MyInvitations: the expert reads the invitation, with the activity’s dates and place and the terms of reference', async () => {
    const { myInvitations } = await run(MyInvitationsDocument, {}, { role: 'EXPERT', sub: `${expertId}@experts`, expertId });
    expect(myInvitations?.edges.map((e) => e.node)).toEqual([
      {
        id: invitationId,
        role: 'LEAD_EXPERT',
        termsOfReference: expect.stringContaining('labour migration information centre'),
        expiresAt: expect.any(String),
        activity: { title: expect.any(String), startsOn: TODAY, endsOn: daysFromToday(1), city: 'Dakar', country: { name: 'Senegal' }, online: false },
      },
    ]);
  });

  it('RespondToInvitation: the expert accepts, and is deployed as lead expert', async () => {
    const { respondToInvitation } = await run(RespondToInvitationDocument, { id: invitationId }, { role: 'EXPERT', sub: `${expertId}@experts`, expertId });
    expect(respondToInvitation).toEqual({
      status: 'ACCEPTED',
      answeredAt: expect.any(String),
      deployment: { id: expect.any(String), role: 'LEAD_EXPERT', status: 'ACTIVE' },
    });
  });

  it("MyInstitution: the institution's partner follows its request into the Action, and sees nobody else's", async () => {
    await answer(graph, `mutation($id: ID!) { setActivityStatus(id: $id, status: HELD) { status } }`, { id: activityId }, officer);
    await answer(
      graph,
      `mutation($a: ID!) { recordParticipation(activityId: $a, input: { total: 30, women: 18, men: 12 }) { total } }`,
      { a: activityId },
      officer,
    );
    await answer(
      graph,
      `mutation($a: ID!) { recordResult(actionId: $a, input: { type: POLICY, status: DRAFTED, title: "Politique de migration de travail", date: "${TODAY}" }) { id } }`,
      { a: actionId },
      officer,
    );
    await answer(
      graph,
      `mutation($a: ID!) { setIndicator(actionId: $a, input: { name: "Officials trained", unit: "people", baseline: 0, target: 40, actual: 30, period: "2026" }) { id } }`,
      { a: actionId },
      officer,
    );
    const partner: Caller = { role: 'PARTNER', sub: 'awa.diop@interieur.gouv.sn', org: institutionId };
    const { myInstitution, requests } = await run(MyInstitutionDocument, {}, partner);
    expect(myInstitution).toEqual({ name: "Ministère de l'Intérieur" });
    expect(requests?.edges).toHaveLength(1);
    const action = requests?.edges[0].node.action;
    expect(requests?.edges[0].node).toMatchObject({ reference: expect.stringMatching(/^REQ-/), status: 'APPROVED' });
    expect(action).toMatchObject({
      reference: actionReference,
      // Its one activity held: the Action is completed.
      status: 'COMPLETED',
      results: [{ type: 'POLICY', status: 'DRAFTED', title: 'Politique de migration de travail' }],
      indicators: [{ name: 'Officials trained', periods: [{ period: '2026', target: 40, actual: 30, progress: 0.75 }] }],
    });
    expect(action?.activities.edges.map((e) => e.node)).toEqual([
      {
        title: expect.any(String),
        startsOn: TODAY,
        participation: { total: 30, women: 18 },
        evaluations: { satisfactionRate: null },
        // The deployed expert's public card: their profile is the expert's and project officers' only.
        deployments: { edges: [{ node: { role: 'LEAD_EXPERT', expert: { id: expertId, publicOfficial: expect.any(Boolean) } } }] },
      },
    ]);
    const stranger: Caller = { role: 'PARTNER', sub: 'someone@elsewhere.example', org: 'another-institution' };
    expect(await run(MyInstitutionDocument, {}, stranger)).toEqual({ myInstitution: null, requests: expect.objectContaining({ edges: [] }) });
  });

  it("OpenEvaluation and AnswerEvaluation: the held workshop's links, one answered anonymously, once", async () => {
    const { openEvaluation } = await run(OpenEvaluationDocument, { activityId }, officer);
    expect(openEvaluation.links.map((l) => l.respondentType)).toEqual([...Array(30).fill('PARTICIPANT'), 'PARTNER_AUTHORITY']);
    const { answerEvaluation } = await run(AnswerEvaluationDocument, { token: openEvaluation.links[0].token }, null);
    expect(answerEvaluation).toEqual({ received: true, respondentType: 'PARTICIPANT' });
    const again = await graph.query(exampleText(AnswerEvaluationDocument), { token: openEvaluation.links[0].token });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', state: 'ANSWERED' });
  });
});

describe("the README's examples, the analyst's and a client's", () => {
  it('PortfolioAfrica: the figures of the portfolio slice and its first five Actions, a page of 20 within the cost limit', async () => {
    // The portfolio's figures follow this file's writes by a moment (its read model): compared once they have.
    await graph.settled();
    const { portfolio: figures, actions } = await run(PortfolioAfricaDocument, {}, analyst);
    const portfolio = figures!;
    const same = await answer(
      graph,
      `{ portfolio(filter: { region: AFRICA, from: "2016-01-01" }) { actions activities participants expertsDeployed } }`,
      {},
      analyst,
    );
    const total = await answer(graph, `{ actions(first: 1, filter: { region: AFRICA, approvedFrom: "2016-01-01" }) { totalCount } }`, {}, analyst);
    expect(portfolio).toMatchObject(same);
    expect(portfolio.actions).toBe(total.totalCount);
    expect(portfolio.actions).toBeGreaterThan(5);
    expect(portfolio.byYear.reduce((sum, year) => sum + year.actions, 0)).toBe(portfolio.actions);
    expect(portfolio.byThematicArea.length).toBeGreaterThan(1);
    expect(actions?.edges).toHaveLength(5);
    for (const { node } of actions?.edges ?? []) {
      expect(node).toMatchObject({ reference: expect.stringMatching(/^MIEUX-\d{4}-\d{3}$/), country: { name: expect.any(String) } });
      expect(node.activities.edges.length).toBeGreaterThan(0);
      expect(node.activities.edges.length).toBeLessThanOrEqual(7);
    }
    // A page of 20 stays within the cost limit: a connection's edges { node } wrapper costs nothing of its own.
    const twenty = await graph.query(exampleText(PortfolioAfricaDocument).replace('actions(first: 5', 'actions(first: 20'), {}, analyst);
    expect(twenty.errors).toBeUndefined();
    expect(twenty.data?.actions.edges).toHaveLength(20);
  });

  it('DecisionTimes: per year from 2024, the days to a decision and to a launch, each median within its spread and every launch in one band', async () => {
    const { timeToDecision, timeToLaunch } = await run(DecisionTimesDocument, {}, analyst);
    for (const years of [timeToDecision!, timeToLaunch!]) {
      expect(years.map((y) => y.year)).toEqual([...new Set(years.map((y) => y.year))].sort());
      expect(years.every((y) => y.year >= 2024)).toBe(true);
      for (const { minDays, medianDays, maxDays } of years) expect([minDays! <= medianDays!, medianDays! <= maxDays!]).toEqual([true, true]);
    }
    // This file's story decided a request today.
    expect(timeToDecision!.find((y) => y.year === new Date().getUTCFullYear())?.decided).toBeGreaterThan(0);
    for (const year of timeToLaunch!) expect(year.distribution.reduce((n, band) => n + band.count, 0)).toBe(year.launched);
  });

  it('ActionsPage: reading on with endCursor while hasNextPage gives every Action once, as many as totalCount', async () => {
    const references: string[] = [];
    let after: string | null = null;
    let pages = 0;
    let totalCount: number;
    for (;;) {
      const page: ActionsPageQuery = await run(ActionsPageDocument, { after }, analyst);
      const actions = page.actions!;
      pages += 1;
      totalCount = actions.totalCount;
      references.push(...actions.edges.map((e) => e.node.reference));
      if (!actions.pageInfo.hasNextPage) break;
      expect(actions.edges).toHaveLength(50);
      after = actions.pageInfo.endCursor;
    }
    expect(totalCount).toBeGreaterThan(100);
    expect(references).toHaveLength(totalCount);
    expect(new Set(references).size).toBe(totalCount);
    expect(pages).toBe(Math.ceil(totalCount / 50));
  });
});

describe("the README's examples from a browser app on another origin", () => {
  it('PortfolioAfrica, sent by Chromium from a page on another port with a bearer token: the preflight is answered, then the query', async () => {
    const methods: string[] = [];
    const relay = await recordingRelay(graph.url, methods);
    const page = await servePage('<!doctype html><title>client app</title><p>A browser app on another origin</p>');
    const browser = await launchChromium();
    try {
      const tab = await browser.newPage();
      await tab.goto(`http://localhost:${page.port}/`);
      const outcome = await tab.evaluate(
        async ({ url, query, authorization }) => {
          const response = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization },
            body: JSON.stringify({ query }),
          });
          return { status: response.status, body: (await response.json()) as { data?: PortfolioAfricaQuery; errors?: unknown[] } };
        },
        { url: relay.url, query: exampleText(PortfolioAfricaDocument), authorization: `Bearer ${await bearer(analyst)}` },
      );
      expect(methods).toEqual(['OPTIONS', 'POST']);
      expect(outcome.status).toBe(200);
      expect(outcome.body.errors).toBeUndefined();
      expect(outcome.body.data).toEqual(await run(PortfolioAfricaDocument, {}, analyst));
    } finally {
      await browser.close();
      await page.close();
      await relay.close();
    }
  }, 60_000);
});

it('has sent every example operation of the README', () => {
  expect(
    readExamples()
      .filter((e) => !ran.has(e.text))
      .map((e) => e.name),
  ).toEqual([]);
});
