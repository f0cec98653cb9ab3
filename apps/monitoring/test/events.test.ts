import { outboxEvents, relayToNats, whileOutboxRefuses, type NatsReader } from '@mieux/service-kit/testing';
import { EVALUATE, officer, PARTICIPATION, servicesForTests } from './fixtures';

/** The monitoring service's events, against the real actions service. */
const services = servicesForTests();
let nats: NatsReader;
beforeAll(async () => {
  nats = await relayToNats(services.subgraph);
}, 60_000);
afterAll(() => nats?.close());

const RESULT = `mutation($a: ID!, $status: ResultStatus!) { recordResult(actionId: $a, input: { type: STRATEGY, status: $status, title: "Labour migration strategy", date: "2024-03-01" }) { id } }`;
const UPDATE = `mutation($id: ID!) { updateResult(id: $id, input: { status: ADOPTED, date: "2024-06-30" }) { id } }`;
const INDICATOR = `mutation($a: ID!) { setIndicator(actionId: $a, input: { name: "Officers trained", unit: "people", baseline: 0, target: 40, actual: 12, period: "2024" }) { name } }`;
const FINAL = `mutation($a: ID!) { recordFinalEvaluation(actionId: $a, input: { summary: "Policy adopted", rating: VERY_GOOD, date: "2025-01-15" }) { rating } }`;

async function run(query: string, variables: Record<string, unknown>) {
  const answer = await services.subgraph.execute<any>(query, variables, officer);
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return answer.data;
}

describe("the monitoring service's events", () => {
  it('are written with each record: participation, evaluations, results, indicators, the final evaluation; facts only', async () => {
    const [actionId, [activity]] = [...services.actions.heldByAction][0];
    await run(PARTICIPATION, { activityId: activity.id, input: { total: 25, women: 12, men: 11, undisclosed: 2, institutions: ['Ministry of Labour'] } });
    const { submitEvaluation } = await run(EVALUATE, {
      activityId: activity.id,
      input: { respondentType: 'PARTICIPANT', rating: 'GOOD', comment: 'Useful days' },
    });
    const { recordResult } = await run(RESULT, { a: actionId, status: 'DRAFTED' });
    await run(UPDATE, { id: recordResult.id });
    await run(INDICATOR, { a: actionId });
    await run(FINAL, { a: actionId });

    const ofActivity = await outboxEvents(services.subgraph.database, activity.id);
    expect(ofActivity.map((event) => [event.type, event.payload])).toEqual([
      ['ParticipationRecorded', { activityId: activity.id, actionId, total: 25, women: 12, men: 11, undisclosed: 2, byInstitutionType: [] }],
      ['EvaluationSubmitted', { evaluationId: submitEvaluation.id, activityId: activity.id, actionId, respondentType: 'PARTICIPANT', rating: 'GOOD' }],
    ]);
    const ofAction = await outboxEvents(services.subgraph.database, actionId);
    const result = { resultId: recordResult.id, actionId, type: 'STRATEGY', activityIds: [] };
    expect(ofAction.map((event) => [event.type, event.payload])).toEqual([
      ['ResultRecorded', { ...result, status: 'DRAFTED', date: '2024-03-01' }],
      ['ResultUpdated', { ...result, status: 'ADOPTED', date: '2024-06-30' }],
      [
        'IndicatorSet',
        {
          indicatorId: expect.any(String),
          actionId,
          name: 'Officers trained',
          unit: 'people',
          baseline: 0,
          target: 40,
          actual: 12,
          period: '2024',
          actualBySex: null,
        },
      ],
      ['FinalEvaluationRecorded', { actionId, rating: 'VERY_GOOD', date: '2025-01-15' }],
    ]);
    // The respondents' words and the participating institutions stay in the service.
    expect(JSON.stringify([...ofActivity, ...ofAction])).not.toMatch(/Useful days|Ministry of Labour|Policy adopted/);
  });

  it('commit with their change or not at all: a refused change writes none, an event that cannot be written undoes its change', async () => {
    const actionId = [...services.actions.heldByAction.keys()][1];
    const { recordResult } = await run(RESULT, { a: actionId, status: 'ADOPTED' });
    const back = await services.subgraph.execute(
      `mutation($id: ID!) { updateResult(id: $id, input: { status: DRAFTED }) { id } }`,
      { id: recordResult.id },
      officer,
    );
    expect(back.errors?.[0].extensions?.code).toBe('CONFLICT');
    const failed = await whileOutboxRefuses(services.subgraph.database, 'ResultRecorded', () =>
      services.subgraph.execute(RESULT, { a: actionId, status: 'DRAFTED' }, officer),
    );
    expect(failed.errors).toHaveLength(1);
    const results = await services.subgraph.database.dataSource.query('SELECT id FROM result WHERE action_id = ?', [actionId]);
    expect(results).toEqual([{ id: recordResult.id }]);
    expect((await outboxEvents(services.subgraph.database, actionId)).map((event) => event.type)).toEqual(['ResultRecorded']);
  });

  it('arrive on the NATS server, each once, in the order written', async () => {
    const written = await outboxEvents(services.subgraph.database);
    expect(written.length).toBeGreaterThan(0);
    const arrived = await nats.read(written.length);
    expect(arrived.map((event) => event.id)).toEqual(written.map((event) => event.id));
  });
});
