import { randomUUID } from 'node:crypto';
import { daysFromToday } from '@mieux/service-kit/testing';
import { startGraph, type Caller, type RunningGraph } from '@mieux/service-kit/testing';
import { activeExpert, analyst, answer, approveRequest, committee, officer } from './people';

/**
 * The request's whole journey as the people around it live it, through the gateway on MySQL: the
 * partner institution that asked, the project officer, the Steering Committee.
 */
let graph: RunningGraph;
beforeAll(async () => {
  graph = await startGraph();
}, 240_000);
afterAll(() => graph?.close(), 60_000);

const TODAY = daysFromToday(0);
const ok = <T = any>(query: string, variables: Record<string, unknown> = {}, as: Caller | null = null) => answer<T>(graph, query, variables, as);

function expressionOfInterest(title: string, institution: string, email: string) {
  return {
    title,
    countryCode: 'GH',
    description: 'Support to a labour migration policy',
    institutions: [{ name: institution, type: 'NATIONAL_INSTITUTION', countryCode: 'GH' }],
    contact: { name: 'Focal point', email },
    thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'],
  };
}

const SUBMIT = `mutation($input: ExpressionOfInterestInput!) { submitExpressionOfInterest(input: $input) { id reference status } }`;

const approve = (requestId: string) => approveRequest(graph, requestId);

describe("a partner institution's path", () => {
  let requestId: string;
  let institution: string;
  let other: string;
  let action: { id: string; reference: string; activityDrafts: { id: string; type: string; title: string }[] };

  beforeAll(async () => {
    const submitted = await ok(SUBMIT, { input: expressionOfInterest('Labour migration governance', 'Ministry of Employment', 'kofi@employment.gov.gh') });
    requestId = submitted.id;
    const made = await ok(`mutation($id: ID!) { createPartnerFromRequest(requestId: $id) { partners { id name } } }`, { id: requestId }, officer);
    institution = made.partners[0].id;
    other = (
      await ok(
        `mutation { createPartnerInstitution(input: { name: "Ghana Immigration Service", type: NATIONAL_INSTITUTION, countryCode: "GH", contacts: [] }) { id } }`,
        {},
        officer,
      )
    ).id;
    const elsewhere = await ok(SUBMIT, { input: expressionOfInterest('Border management', 'Ghana Immigration Service', 'gis@gis.gov.gh') });
    await ok(`mutation($r: ID!, $i: ID!) { linkPartnerInstitution(requestId: $r, institutionId: $i) { id } }`, { r: elsewhere.id, i: other }, officer);

    await approve(requestId);
    action = await ok(
      `mutation($id: ID!) { createAction(input: { requestId: $id }) { id reference activityDrafts { id type title } } }`,
      { id: requestId },
      officer,
    );
    // The fiche planned two trainings: the Action starts with them as drafts, dated here, not typed again.
    expect(action.activityDrafts.map((d: any) => [d.type, d.title])).toEqual([
      ['TRAINING', 'Training 1 of 2'],
      ['TRAINING', 'Training 2 of 2'],
    ]);
    const activity = await ok(
      `mutation($d: ID!) { scheduleActivityDraft(draftId: $d, input: { format: TRAINING_OF_TRAINERS, title: "Training of trainers", startsOn: "${TODAY}", endsOn: "${TODAY}", countryCode: "GH", city: "Accra" }) { id type } }`,
      { d: action.activityDrafts[0].id },
      officer,
    );
    expect(activity.type).toBe('TRAINING');
    const expert = await activeExpert(graph, 'Eva Berg');
    await ok(`mutation($a: ID!, $e: ID!) { deployExpert(activityId: $a, expertId: $e, role: LEAD_EXPERT) { id } }`, { a: activity.id, e: expert }, officer);
    await ok(`mutation($id: ID!) { setActivityStatus(id: $id, status: HELD) { status } }`, { id: activity.id }, officer);
    await ok(`mutation($a: ID!) { recordParticipation(activityId: $a, input: { total: 25, women: 12, men: 13 }) { total } }`, { a: activity.id }, officer);
    await ok(
      `mutation($a: ID!) { submitEvaluation(activityId: $a, input: { respondentType: PARTNER_AUTHORITY, rating: EXCELLENT }) { id } }`,
      { a: activity.id },
      officer,
    );
    await ok(
      `mutation($a: ID!) { recordResult(actionId: $a, input: { type: POLICY, status: DRAFTED, title: "National labour migration policy", date: "${TODAY}" }) { id } }`,
      { a: action.id },
      officer,
    );
    await ok(
      `mutation($a: ID!) { setIndicator(actionId: $a, input: { name: "Officials trained", unit: "people", baseline: 0, target: 40, actual: 25, period: "2026" }) { id } }`,
      { a: action.id },
      officer,
    );
  }, 120_000);

  const FOLLOW = `query($id: ID!) { request(id: $id) { reference status partners { name }
    action { reference status participants results { title } indicators { name actual }
      activities { edges { node { title participation { total } evaluations { satisfactionRate }
        deployments { edges { node { role expert { publicOfficial euNational displayName memberState { code } email } } } } } } } } } }`;

  it('signed in as the institution, follows its request into the Action: activities, experts, participation, results, indicators, evaluations', async () => {
    const partner: Caller = { role: 'PARTNER', sub: 'someone.new@employment.gov.gh', org: institution };
    expect(await ok(FOLLOW, { id: requestId }, partner)).toEqual({
      reference: expect.stringMatching(/^REQ-\d{4}-\d{3}$/),
      status: 'APPROVED',
      partners: [{ name: 'Ministry of Employment' }],
      action: {
        reference: action.reference,
        status: 'COMPLETED',
        participants: 25,
        results: [{ title: 'National labour migration policy' }],
        indicators: [{ name: 'Officials trained', actual: 25 }],
        activities: {
          edges: [
            {
              node: {
                title: 'Training of trainers',
                participation: { total: 25 },
                evaluations: { satisfactionRate: 1 },
                // The deployed expert's public card: their profile and e-mail are the expert's and project officers' only.
                deployments: {
                  edges: [
                    { node: { role: 'LEAD_EXPERT', expert: { publicOfficial: true, euNational: true, displayName: null, memberState: null, email: null } } },
                  ],
                },
              },
            },
          ],
        },
      },
    });
    const mine = await ok(`{ actions(first: 10) { totalCount edges { node { id } } } }`, {}, partner);
    expect(mine).toEqual({ totalCount: 1, edges: [{ node: { id: action.id } }] });
    // Its own lists: the institution's requests and Actions, the other institution's not.
    const lists = await graph.query(`{ myRequests(first: 10) { edges { node { id } } } myActions(first: 10) { edges { node { id } } } }`, {}, partner);
    expect(lists.errors).toBeUndefined();
    expect(lists.data).toEqual({ myRequests: { edges: [{ node: { id: requestId } }] }, myActions: { edges: [{ node: { id: action.id } }] } });
  });

  it.each<[string, Caller | null, 'all' | 'none' | 'UNAUTHENTICATED' | 'FORBIDDEN']>([
    ['a partner of the institution', { role: 'PARTNER', sub: 'p1@employment.gov.gh', org: 'INSTITUTION' }, 'all'],
    ['a partner of another institution', { role: 'PARTNER', sub: 'p2@gis.gov.gh', org: 'OTHER' }, 'none'],
    ['a partner of no institution', { role: 'PARTNER', sub: 'p3@example.org' }, 'none'],
    ['anonymous', null, 'UNAUTHENTICATED'],
    ['a project officer', officer, 'all'],
    ['the Steering Committee', committee, 'all'],
    ['an analyst', analyst, 'all'],
    ['an expert not deployed on it', { role: 'EXPERT', sub: 'x@gov.example.eu', expertId: randomUUID() }, 'FORBIDDEN'],
  ])('access matrix: %s', async (_, who, expected) => {
    const caller = who?.org ? { ...who, org: who.org === 'INSTITUTION' ? institution : other } : who;
    const request = await graph.query<any>(
      `query($id: ID!) { request(id: $id) { id action { id activities { edges { node { id } } } results { title } } } }`,
      { id: requestId },
      caller,
    );
    const direct = await graph.query<any>(`query($id: ID!) { action(id: $id) { id } }`, { id: action.id }, caller);
    const list = await graph.query<any>(`{ actions(first: 100) { edges { node { id } } } }`, {}, caller);
    if (expected === 'all') {
      expect(request.data?.request).toMatchObject({
        id: requestId,
        action: { id: action.id, activities: { edges: [{ node: { id: expect.any(String) } }] }, results: [{ title: expect.any(String) }] },
      });
      expect(direct.data?.action).toEqual({ id: action.id });
      expect(list.data?.actions.edges.map((e: any) => e.node.id)).toContain(action.id);
    } else if (expected === 'none') {
      expect([request.errors, request.data?.request, direct.errors, direct.data?.action]).toEqual([undefined, null, undefined, null]);
      expect(list.data?.actions.edges).toEqual([]);
    } else {
      expect(request.errors?.[0].extensions?.code).toBe(expected === 'FORBIDDEN' ? 'FORBIDDEN' : 'UNAUTHENTICATED');
      expect(direct.errors?.[0].extensions?.code).toBe(expected);
      expect(list.errors?.[0].extensions?.code).toBe(expected);
    }
  });
});

describe("the Steering Committee's path", () => {
  it('sends the Action Fiche back with comments, reads the revision beside the first version, and approves it naming its body', async () => {
    // The partner submits signed in, so the request is theirs to correct.
    const partner: Caller = { role: 'PARTNER', sub: 'diaspora@mfa.gov.gh' };
    const { id } = await ok(
      SUBMIT,
      { input: expressionOfInterest('Diaspora engagement strategy', 'Ministry of Foreign Affairs', 'diaspora@mfa.gov.gh') },
      partner,
    );
    await ok(`mutation($id: ID!) { correctRequest(id: $id, input: { title: "Diaspora engagement and remittances" }) { title } }`, { id }, partner);
    await ok(
      `mutation($id: ID!) { recordOfficialRequest(id: $id, input: { letterReference: "MFA/2026/9", receivedOn: "${TODAY}", channel: WEBSITE }) { status } }`,
      { id },
      officer,
    );
    await ok(`mutation($id: ID!) { assessEligibility(id: $id) { status } }`, { id }, officer);
    const DRAFT = `mutation($id: ID!, $objectives: String!) { draftActionFiche(id: $id, input: { objectives: $objectives, priorityNeeds: ["Diaspora mapping"], plannedActivities: [{ type: POLICY_WORK, count: 3 }] }) { status actionFiche { version } } }`;
    await ok(DRAFT, { id, objectives: 'A diaspora strategy' }, officer);
    const DECIDE = `mutation($id: ID!, $outcome: DecisionOutcome!, $body: DecidingBody!, $rationale: String!) { decideRequest(id: $id, input: { outcome: $outcome, body: $body, rationale: $rationale }) { status decision { outcome body rationale } } }`;
    expect(await ok(DECIDE, { id, outcome: 'REVISION_REQUESTED', body: 'DG_HOME', rationale: 'Add a study visit to a Member State' }, committee)).toEqual({
      status: 'REVISION_REQUESTED',
      decision: null,
    });
    expect(await ok(DRAFT, { id, objectives: 'A diaspora strategy, with a study visit' }, officer)).toEqual({
      status: 'ACTION_FICHE_DRAFTED',
      actionFiche: { version: 2 },
    });

    const read = await ok(
      `query($id: ID!) { request(id: $id) { title status actionFicheVersions { version objectives } history { to kind role body reason } } }`,
      { id },
      committee,
    );
    expect(read.title).toBe('Diaspora engagement and remittances');
    expect(read.actionFicheVersions).toEqual([
      { version: 1, objectives: 'A diaspora strategy' },
      { version: 2, objectives: 'A diaspora strategy, with a study visit' },
    ]);
    expect(read.history.map((h: any) => [h.to, h.kind, h.role, h.body])).toEqual([
      ['EXPRESSION_OF_INTEREST', 'TRANSITION', 'PARTNER', null],
      ['EXPRESSION_OF_INTEREST', 'CORRECTION', 'PARTNER', null],
      ['SUBMITTED', 'TRANSITION', 'PROJECT_OFFICER', null],
      ['ELIGIBLE', 'TRANSITION', 'PROJECT_OFFICER', null],
      ['ACTION_FICHE_DRAFTED', 'TRANSITION', 'PROJECT_OFFICER', null],
      ['REVISION_REQUESTED', 'TRANSITION', 'STEERING_COMMITTEE', 'DG_HOME'],
      ['ACTION_FICHE_DRAFTED', 'TRANSITION', 'PROJECT_OFFICER', null],
    ]);
    expect(await ok(DECIDE, { id, outcome: 'APPROVED', body: 'DG_INTPA', rationale: 'Revised as asked' }, committee)).toEqual({
      status: 'APPROVED',
      decision: { outcome: 'APPROVED', body: 'DG_INTPA', rationale: 'Revised as asked' },
    });
  });
});
