import { concurrently, countStatements, identityOf } from '@mieux/service-kit/testing';
import { EVALUATE, PARTICIPATION, analyst, anonymous, officer, startActionsStub, startMonitoring, type Actions, type Subgraph } from './fixtures';

let actions: Actions;
let subgraph: Subgraph;
beforeAll(async () => {
  actions = await startActionsStub();
  subgraph = await startMonitoring(actions);
  actions.actions.add('action-1');
  actions.actions.add('action-2');
  for (let i = 1; i <= 12; i += 1) actions.activities.set(`activity-${i}`, { status: 'HELD', actionId: i <= 6 ? 'action-1' : 'action-2', experts: ['expert-1'] });
  actions.activities.set('cancelled', { status: 'CANCELLED', actionId: 'action-1', experts: [] });
});
afterAll(async () => {
  await subgraph?.close();
  await actions?.stub.close();
});

const record = (activityId: string, women: number, men: number, undisclosed = 0, who = officer) =>
  subgraph.execute<any>(PARTICIPATION, { activityId, input: { total: women + men + undisclosed, women, men, undisclosed, institutions: ['Ministry of Labour'] } }, who);

describe('participation', () => {
  it('checks that the total adds up, and replaces the record keeping its history', async () => {
    const bad = await subgraph.execute(PARTICIPATION, { activityId: 'activity-1', input: { total: 10, women: 4, men: 4 } }, officer);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.total' });
    await record('activity-1', 10, 12);
    const replaced = (await record('activity-1', 11, 12, 1)).data.recordParticipation;
    expect(replaced).toMatchObject({ total: 24, women: 11, men: 12, undisclosed: 1, history: [{ total: 22 }] });
  });

  it('keeps exactly one current record under 20 concurrent replacements', async () => {
    const results = await concurrently(20, (i) => record('activity-2', 5 + i, 5));
    expect(results.map((r) => r.errors)).toEqual(Array(20).fill(undefined));
    const [{ n }] = await subgraph.database.dataSource.query("SELECT COUNT(*) AS n FROM participation WHERE activity_id = 'activity-2' AND current = ?", [true]);
    expect(Number(n)).toBe(1);
  });

  it('refuses unknown and cancelled activities, and roles other than project officers', async () => {
    expect((await record('nope', 1, 1)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await record('cancelled', 1, 1)).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await record('activity-3', 1, 1, 0, analyst)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(actions.stub.calls.at(-1)?.identity.sub).toBe(officer.sub);
  });
});

describe('evaluations', () => {
  const evaluate = (activityId: string, rating: string, who = officer, key?: string, respondentType = 'PARTICIPANT') =>
    subgraph.execute<any>(EVALUATE, { activityId, input: { respondentType, rating, comment: 'Useful' }, key }, who);

  it('summarises ratings with the satisfaction rate', async () => {
    for (const rating of ['EXCELLENT', 'EXCELLENT', 'VERY_GOOD', 'GOOD', 'POOR']) await evaluate('activity-4', rating);
    const summary = (await subgraph.execute<any>(`{ evaluationSummary(activityId: "activity-4") { count satisfactionRate distribution { rating count } evaluations(first: 2) { totalCount } } }`, {}, officer)).data.evaluationSummary;
    expect(summary).toEqual({
      count: 5, satisfactionRate: 0.6, evaluations: { totalCount: 5 },
      distribution: [{ rating: 'EXCELLENT', count: 2 }, { rating: 'VERY_GOOD', count: 1 }, { rating: 'GOOD', count: 1 }, { rating: 'FAIR', count: 0 }, { rating: 'POOR', count: 1 }],
    });
    const forAnalyst = (await subgraph.execute<any>(`{ evaluationSummary(activityId: "activity-4") { count evaluations { totalCount } } }`, {}, analyst)).data.evaluationSummary;
    expect(forAnalyst).toEqual({ count: 5, evaluations: null });
  });

  it('is idempotent with a key, even when 20 replays race', async () => {
    const results = await concurrently(20, () => evaluate('activity-5', 'EXCELLENT', officer, 'form-42'));
    expect(results.map((r) => r.errors)).toEqual(Array(20).fill(undefined));
    expect(new Set(results.map((r) => r.data.submitEvaluation.id)).size).toBe(1);
    const [{ n }] = await subgraph.database.dataSource.query("SELECT COUNT(*) AS n FROM evaluation WHERE idempotency_key = 'form-42'");
    expect(Number(n)).toBe(1);
    expect((await evaluate('activity-5', 'POOR', officer, 'form-42')).errors?.[0].extensions?.field).toBe('idempotencyKey');
  });

  it('lets an expert evaluate only an activity they were deployed to, as an expert', async () => {
    const deployed = identityOf('EXPERT', { expertId: 'expert-1' });
    expect((await evaluate('activity-6', 'VERY_GOOD', deployed, undefined, 'EXPERT')).errors).toBeUndefined();
    expect((await evaluate('activity-6', 'VERY_GOOD', deployed, undefined, 'PARTICIPANT')).errors?.[0].extensions?.field).toBe('input.respondentType');
    expect((await evaluate('activity-6', 'GOOD', identityOf('EXPERT', { expertId: 'expert-9' }), undefined, 'EXPERT')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await evaluate('activity-6', 'GOOD', anonymous)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('results, indicators and the Action', () => {
  it('records results and indicators, and answers for N Actions in one statement per kind', async () => {
    const result = `mutation($type: ResultType!) { recordResult(actionId: "action-1", input: { type: $type, status: ADOPTED, title: "National labour migration policy", date: "2026-06-01" }) { id type } }`;
    await subgraph.execute(result, { type: 'POLICY' }, officer);
    await subgraph.execute(result, { type: 'HANDBOOK' }, officer);
    const indicator = `mutation($actual: Float) { setIndicator(actionId: "action-1", input: { name: "Officials trained", unit: "people", baseline: 0, target: 40, actual: $actual, period: "2026" }) { progress } }`;
    await subgraph.execute(indicator, { actual: 10 }, officer);
    expect((await subgraph.execute<any>(indicator, { actual: 30 }, officer)).data.setIndicator.progress).toBe(0.75);
    expect((await subgraph.execute(`mutation { recordResult(actionId: "unknown", input: { type: POLICY, status: DRAFTED, title: "x", date: "2026-01-01" }) { id } }`, {}, officer)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Action { results { type } indicators { name actual } participants finalEvaluation { rating } } } }`;
    let entities: any;
    const statements = await countStatements(subgraph.database, async () => {
      entities = (await subgraph.execute<any>(query, { r: ['action-1', 'action-2'].map((id) => ({ __typename: 'Action', id })) }, analyst)).data._entities;
    });
    expect(statements).toBe(4);
    // Both results share a date, so their order between them is not defined.
    expect(entities[0].results.map((r: { type: string }) => r.type).sort()).toEqual(['HANDBOOK', 'POLICY']);
    expect(entities[0]).toMatchObject({ indicators: [{ name: 'Officials trained', actual: 30 }], finalEvaluation: null });
    expect(entities[0].participants).toBeGreaterThan(0);
  });

  it('records a result once per idempotency key, even when 20 replays race', async () => {
    const mutation = `mutation($title: String!) { recordResult(actionId: "action-2", input: { type: MANUAL, status: DRAFTED, title: $title, date: "2026-02-01" }, idempotencyKey: "result-7") { id title } }`;
    const results = await concurrently(20, () => subgraph.execute<any>(mutation, { title: 'Return counselling manual' }, officer));
    expect(results.map((r) => r.errors)).toEqual(Array(20).fill(undefined));
    expect(new Set(results.map((r) => r.data.recordResult.id)).size).toBe(1);
    const [{ n }] = await subgraph.database.dataSource.query("SELECT COUNT(*) AS n FROM result WHERE idempotency_key = 'result-7'");
    expect(Number(n)).toBe(1);
    expect((await subgraph.execute(mutation, { title: 'Another manual' }, officer)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idempotencyKey' });
  });

  it('keeps one indicator of a name and one final evaluation per Action under 20 concurrent writes', async () => {
    const indicator = `mutation($actual: Float) { setIndicator(actionId: "action-2", input: { name: "Staff trained", unit: "people", baseline: 0, target: 20, actual: $actual, period: "2027" }) { actual } }`;
    const final = `mutation($rating: Rating!) { recordFinalEvaluation(actionId: "action-2", input: { summary: "Policy adopted", rating: $rating, date: "2027-12-01" }) { rating } }`;
    const ratings = ['EXCELLENT', 'GOOD'];
    const results = [
      ...(await concurrently(20, (i) => subgraph.execute<any>(indicator, { actual: i }, officer))),
      ...(await concurrently(20, (i) => subgraph.execute<any>(final, { rating: ratings[i % 2] }, officer))),
    ];
    expect(results.map((r) => r.errors)).toEqual(Array(40).fill(undefined));
    const [{ n }] = await subgraph.database.dataSource.query("SELECT COUNT(*) AS n FROM indicator WHERE action_id = 'action-2' AND name = 'Staff trained'");
    expect(Number(n)).toBe(1);
    const [{ m }] = await subgraph.database.dataSource.query("SELECT COUNT(*) AS m FROM final_evaluation WHERE action_id = 'action-2'");
    expect(Number(m)).toBe(1);
  });

  it('resolves N activities in one statement per kind', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Activity { participation { total history { total } } evaluations { count satisfactionRate } } } }`;
    for (const n of [1, 12]) {
      const r = Array.from({ length: n }, (_, i) => ({ __typename: 'Activity', id: `activity-${i + 1}` }));
      expect(await countStatements(subgraph.database, () => subgraph.execute(query, { r }, analyst))).toBe(2);
    }
  });
});
