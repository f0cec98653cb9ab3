import { randomUUID } from 'node:crypto';
import { daysFromToday, startGraph, type Caller, type RunningGraph } from '@mieux/service-kit/testing';
import { answer, approveRequest, expressionOfInterest, officer, SUBMIT } from './people';

/**
 * Evaluations from the people served, through the gateway to real services on MySQL: an officer opens
 * the evaluation of a held activity, a participant answers anonymously with a link, the partner
 * authority signed in as its institution, and the portfolio's satisfaction rate follows.
 */
let graph: RunningGraph;
beforeAll(async () => {
  graph = await startGraph();
}, 240_000);
afterAll(() => graph?.close(), 60_000);

const ok = <T = any>(query: string, variables: Record<string, unknown> = {}, as: Caller | null = null) => answer<T>(graph, query, variables, as);
const ANSWER = `mutation($t: String!, $input: QuestionnaireAnswerInput!) { answerEvaluation(token: $t, input: $input) { received respondentType } }`;

/** The portfolio's satisfaction rate once the read model has taken in every event written before. */
async function satisfactionNow(): Promise<number | null> {
  await graph.settled();
  return (await ok(`{ portfolio { satisfactionRate } }`)).satisfactionRate as number | null;
}

/** A request of a ministry made an institution, approved, its Action and an activity held today. */
async function heldActivityOf(title: string): Promise<{ institution: string; actionId: string; activityId: string }> {
  const request = await ok(SUBMIT, { input: expressionOfInterest(title, `${randomUUID()}@employment.gov.gh`) });
  const institution = (await ok(`mutation($id: ID!) { createPartnerFromRequest(requestId: $id) { partners { id } } }`, { id: request.id }, officer)).partners[0]
    .id;
  await approveRequest(graph, request.id);
  const action = await ok(`mutation($id: ID!) { createAction(input: { requestId: $id }) { id } }`, { id: request.id }, officer);
  const today = daysFromToday(0);
  const activity = await ok(
    `mutation($a: ID!, $input: ActivityInput!) { planActivity(actionId: $a, input: $input) { id } }`,
    {
      a: action.id,
      input: {
        type: 'TRAINING',
        format: 'TRAINING_OF_TRAINERS',
        title: 'Training of trainers',
        startsOn: today,
        endsOn: today,
        countryCode: 'GH',
        city: 'Accra',
      },
    },
    officer,
  );
  await ok(`mutation($id: ID!) { setActivityStatus(id: $id, status: HELD) { status } }`, { id: activity.id }, officer);
  return { institution, actionId: action.id, activityId: activity.id };
}

const OPEN = `mutation($a: ID!, $partners: Int!) { openEvaluation(activityId: $a, input: { participants: 1, partnerAuthorities: $partners, validForDays: 14 }) { links { respondentType token } } }`;

describe('an evaluation answered by the people served', () => {
  let institution: string;
  let activityId: string;
  let links: { respondentType: string; token: string }[];

  beforeAll(async () => {
    ({ institution, activityId } = await heldActivityOf('Labour migration governance'));
    links = (await ok(OPEN, { a: activityId, partners: 1 }, officer)).links;
  }, 120_000);

  it("moves the portfolio's satisfaction rate with a participant's anonymous answer, and refuses the link's second use", async () => {
    const participant = links.find((l) => l.respondentType === 'PARTICIPANT')!;
    const before = (await ok(`{ portfolio { satisfactionRate } }`)).satisfactionRate;
    expect(before).toBeNull();
    const questionnaire = await ok(`query($t: String!) { evaluationQuestionnaire(token: $t, language: FR) { activityTitle state questions { label } } }`, {
      t: participant.token,
    });
    expect(questionnaire).toMatchObject({ activityTitle: 'Training of trainers', state: 'OPEN' });
    expect(questionnaire.questions[0].label).toBe("Dans l'ensemble, comment évaluez-vous l'activité ?");

    const input = { rating: 'VERY_GOOD', relevance: 'MUCH', usefulness: 'VERY_MUCH', comment: 'Très utile' };
    expect(await ok(ANSWER, { t: participant.token, input })).toEqual({ received: true, respondentType: 'PARTICIPANT' });
    expect(await satisfactionNow()).toBe(1);

    const again = await graph.query<any>(ANSWER, { t: participant.token, input: { ...input, rating: 'POOR' } });
    expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', state: 'ANSWERED' } });
    expect((await ok(`{ portfolio { satisfactionRate } }`)).satisfactionRate).toBe(1);
  }, 60_000);

  it("takes the partner authority's answer signed in as its institution only", async () => {
    const partnerLink = links.find((l) => l.respondentType === 'PARTNER_AUTHORITY')!;
    const input = { rating: 'FAIR', relevance: 'SOMEWHAT', usefulness: 'LITTLE' };
    const stranger: Caller = { role: 'PARTNER', sub: 'someone@gis.gov.gh', org: 'another-institution' };
    expect((await graph.query<any>(ANSWER, { t: partnerLink.token, input })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await graph.query<any>(ANSWER, { t: partnerLink.token, input }, stranger)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const partner: Caller = { role: 'PARTNER', sub: 'director@employment.gov.gh', org: institution };
    expect(await ok(ANSWER, { t: partnerLink.token, input }, partner)).toEqual({ received: true, respondentType: 'PARTNER_AUTHORITY' });
    expect(await satisfactionNow()).toBe(0.5);
    const summary = await ok(`query($a: ID!) { evaluationSummary(activityId: $a) { byRespondentType { respondentType count linksIssued linksAnswered } } }`, {
      a: activityId,
    });
    expect(summary.byRespondentType).toEqual([
      { respondentType: 'PARTICIPANT', count: 1, linksIssued: 1, linksAnswered: 1 },
      { respondentType: 'PARTNER_AUTHORITY', count: 1, linksIssued: 1, linksAnswered: 1 },
      { respondentType: 'EXPERT', count: 0, linksIssued: 0, linksAnswered: 0 },
    ]);
  }, 60_000);
});

describe('the questionnaires waiting for a partner institution', () => {
  const LIST = `{ myQuestionnaires(first: 20) { totalCount edges { node { state closesAt answeredAt
    activity { id title startsOn endsOn city } action { id reference title } } } } }`;
  const ANSWER_AS = `mutation($a: ID!, $input: QuestionnaireAnswerInput!) { answerQuestionnaireAsInstitution(activityId: $a, input: $input) { state answeredAt } }`;
  let ours: { institution: string; actionId: string; activityId: string };
  let theirs: { institution: string; actionId: string; activityId: string };
  let partner: Caller;
  let stranger: Caller;

  beforeAll(async () => {
    ours = await heldActivityOf('Migration data');
    theirs = await heldActivityOf('Diaspora engagement');
    partner = { role: 'PARTNER', sub: 'director@employment.gov.gh', org: ours.institution };
    stranger = { role: 'PARTNER', sub: 'director@diaspora.gov.gh', org: theirs.institution };
    for (const { activityId } of [ours, theirs]) await ok(OPEN, { a: activityId, partners: 1 }, officer);
  }, 120_000);

  it("lists a partner its institution's questionnaire waiting, with the activity and its Action, and not another institution's", async () => {
    const mine = await ok(LIST, {}, partner);
    expect(mine.totalCount).toBe(1);
    const [{ node }] = mine.edges;
    expect(node).toMatchObject({
      state: 'OPEN',
      answeredAt: null,
      activity: { id: ours.activityId, title: 'Training of trainers', startsOn: daysFromToday(0), endsOn: daysFromToday(0), city: 'Accra' },
      action: { id: ours.actionId, title: 'Migration data', reference: expect.stringMatching(/^MIEUX-\d{4}-\d{3}$/) },
    });
    expect(Math.round((Date.parse(node.closesAt) - Date.now()) / 86_400_000)).toBe(14);
    expect((await ok(LIST, {}, stranger)).edges.map((e: any) => e.node.activity.id)).toEqual([theirs.activityId]);
    // Its questionnaire is not the other institution's to read or answer.
    expect(await ok(`query($a: ID!) { myQuestionnaire(activityId: $a) { state } }`, { a: ours.activityId }, stranger)).toBeNull();
    const refused = await graph.query<any>(ANSWER_AS, { a: ours.activityId, input: { rating: 'POOR', relevance: 'LITTLE', usefulness: 'LITTLE' } }, stranger);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await graph.query<any>(LIST, {}, officer)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await graph.query<any>(LIST)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  }, 60_000);

  it("takes the partner authority's answer in French once, then lists it as answered and counts it", async () => {
    const questionnaire = await ok(
      `query($a: ID!) { myQuestionnaire(activityId: $a, language: FR) { respondentType state questions { label } } }`,
      { a: ours.activityId },
      partner,
    );
    expect(questionnaire).toMatchObject({ respondentType: 'PARTNER_AUTHORITY', state: 'OPEN' });
    expect(questionnaire.questions[0].label).toBe("Dans l'ensemble, comment évaluez-vous l'activité ?");
    const input = { rating: 'EXCELLENT', relevance: 'VERY_MUCH', usefulness: 'MUCH', comment: 'Formation très utile' };
    expect(await ok(ANSWER_AS, { a: ours.activityId, input }, partner)).toMatchObject({ state: 'ANSWERED', answeredAt: expect.any(String) });
    const again = await graph.query<any>(ANSWER_AS, { a: ours.activityId, input }, partner);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', state: 'ANSWERED' });
    expect((await ok(LIST, {}, partner)).edges.map((e: any) => e.node.state)).toEqual(['ANSWERED']);
    expect((await ok(LIST, {}, stranger)).edges.map((e: any) => e.node.state)).toEqual(['OPEN']);
    const summary = await ok(`query($a: ID!) { evaluationSummary(activityId: $a) { byRespondentType { respondentType count linksIssued linksAnswered } } }`, {
      a: ours.activityId,
    });
    expect(summary.byRespondentType.find((r: any) => r.respondentType === 'PARTNER_AUTHORITY')).toEqual({
      respondentType: 'PARTNER_AUTHORITY',
      count: 1,
      linksIssued: 1,
      linksAnswered: 1,
    });
  }, 60_000);
});
