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

describe('an evaluation answered by the people served', () => {
  let institution: string;
  let activityId: string;
  let links: { respondentType: string; token: string }[];

  beforeAll(async () => {
    const request = await ok(SUBMIT, { input: expressionOfInterest('Labour migration governance', `${randomUUID()}@employment.gov.gh`) });
    institution = (await ok(`mutation($id: ID!) { createPartnerFromRequest(requestId: $id) { partners { id } } }`, { id: request.id }, officer)).partners[0].id;
    await approveRequest(graph, request.id);
    const action = await ok(`mutation($id: ID!) { createAction(input: { requestId: $id }) { id } }`, { id: request.id }, officer);
    const today = daysFromToday(0);
    activityId = (
      await ok(
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
      )
    ).id;
    await ok(`mutation($id: ID!) { setActivityStatus(id: $id, status: HELD) { status } }`, { id: activityId }, officer);
    links = (
      await ok(
        `mutation($a: ID!) { openEvaluation(activityId: $a, input: { participants: 1, partnerAuthorities: 1, validForDays: 14 }) { links { respondentType token } } }`,
        { a: activityId },
        officer,
      )
    ).links;
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
