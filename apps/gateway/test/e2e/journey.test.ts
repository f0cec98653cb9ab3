import { daysFromToday } from '@mieux/service-kit/testing';
import { startGraph, type Caller, type RunningGraph } from '@mieux/service-kit/testing';
import { answer, committee, followedAction, officer, type FollowedAction } from './people';

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

describe("a partner institution's path", () => {
  let requestId: string;
  let institution: string;
  let action: FollowedAction['action'];
  let tracking: Pick<FollowedAction, 'reference' | 'trackingCode'>;

  beforeAll(async () => {
    const world = await followedAction(graph);
    ({ requestId, institution, action } = world);
    tracking = { reference: world.reference, trackingCode: world.trackingCode };
    // The fiche planned two trainings: the Action starts with them as drafts, the first dated, not typed again.
    expect(action.activityDrafts.map((d) => [d.type, d.title])).toEqual([
      ['TRAINING', 'Training 1 of 2'],
      ['TRAINING', 'Training 2 of 2'],
    ]);
  }, 120_000);

  it('submitted without an account, tracks the request with its reference and the code answered once: where it stands, what comes next, nothing personal', async () => {
    const TRACK = `query($reference: String!, $code: String!) { trackRequest(reference: $reference, code: $code) {
      reference status en: nextStep fr: nextStep(lang: FR) expressionOfInterestOn officialLetterReceivedOn decidedOn } }`;
    expect(await ok(TRACK, { reference: tracking.reference, code: tracking.trackingCode })).toEqual({
      reference: tracking.reference,
      status: 'APPROVED',
      en: 'The Steering Committee approved the request. The Action is being planned with your institution.',
      fr: "Le comité de pilotage a approuvé la demande. L'Action est planifiée avec votre institution.",
      expressionOfInterestOn: TODAY,
      officialLetterReceivedOn: TODAY,
      decidedOn: TODAY,
    });
    const guessed = await graph.query(TRACK, { reference: tracking.reference, code: tracking.trackingCode.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')) });
    expect([guessed.data?.trackRequest, guessed.errors?.map((e) => e.extensions?.code)]).toEqual([null, ['NOT_FOUND']]);
  });

  const FOLLOW = `query($id: ID!) { request(id: $id) { reference status partners { name }
    action { reference status participants results { title } indicators { name actual }
      activities { edges { node { title participation { total } evaluations { satisfactionRate }
        deployments { edges { node { role expert { publicOfficial euNational displayName memberState { code } email } } } } } } } } } }`;

  it('signed in as the institution, follows its request into the Action: activities, experts, participation, results, indicators, evaluations', async () => {
    const partner: Caller = { role: 'PARTNER', sub: 'someone.new@employment.gov.gh', org: institution };
    expect(await ok(FOLLOW, { id: requestId }, partner)).toEqual({
      reference: expect.stringMatching(/^REQ-\d{4}-\d{3}$/),
      status: 'APPROVED',
      partners: [{ name: 'Ministry of Employment' }, { name: 'Ministry of Labour Relations' }],
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
    // The history keeps both decisions, each with its body and its reason; the partner who asked reads where it stands.
    const after = await ok(`query($id: ID!) { request(id: $id) { history { to role body reason } } }`, { id }, committee);
    expect(after.history.slice(-3)).toEqual([
      { to: 'REVISION_REQUESTED', role: 'STEERING_COMMITTEE', body: 'DG_HOME', reason: 'Add a study visit to a Member State' },
      { to: 'ACTION_FICHE_DRAFTED', role: 'PROJECT_OFFICER', body: null, reason: expect.anything() },
      { to: 'APPROVED', role: 'STEERING_COMMITTEE', body: 'DG_INTPA', reason: 'Revised as asked' },
    ]);
    expect(await ok(`query($id: ID!) { request(id: $id) { status decision { outcome body } } }`, { id }, partner)).toEqual({
      status: 'APPROVED',
      decision: { outcome: 'APPROVED', body: 'DG_INTPA' },
    });
  });
});
