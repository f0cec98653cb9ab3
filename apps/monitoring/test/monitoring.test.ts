import { scopedIdempotencyKey } from '@mieux/service-kit';
import { concurrently, countStatements, daysFromToday, identityOf } from '@mieux/service-kit/testing';
import { EVALUATE, PARTICIPATION, analyst, anonymous, officer, servicesForTests, type DemoActivity } from './fixtures';

/** Monitoring against the real actions service (built, on its own database, with the demo portfolio). */
const services = servicesForTests();
/** The n-th held activity of the demo (1-based), each test using its own. */
const held = (n: number): DemoActivity => services.actions.held[n - 1];

const record = (activityId: string, women: number, men: number, undisclosed = 0, who = officer) =>
  services.subgraph.execute<any>(
    PARTICIPATION,
    { activityId, input: { total: women + men + undisclosed, women, men, undisclosed, institutions: ['Ministry of Labour'] } },
    who,
  );
const countOf = async (sql: string, values: unknown[]) => Number((await services.subgraph.database.dataSource.query(sql, values))[0].n);

describe('participation', () => {
  it('checks that the total adds up, and replaces the record keeping its history', async () => {
    const bad = await services.subgraph.execute(PARTICIPATION, { activityId: held(1).id, input: { total: 10, women: 4, men: 4 } }, officer);
    expect(bad.errors?.[0]).toMatchObject({
      message: 'Invalid input: input.total: must equal women + men + undisclosed (8)',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.total' },
    });
    await record(held(1).id, 10, 12);
    const replaced = (await record(held(1).id, 11, 12, 1)).data.recordParticipation;
    expect(replaced).toEqual({ total: 24, women: 11, men: 12, undisclosed: 1, institutions: ['Ministry of Labour'], history: [{ total: 22 }] });
  });

  it('keeps exactly one current record under 20 concurrent replacements', async () => {
    const results = await concurrently(20, (i) => record(held(2).id, 5 + i, 5));
    expect(results.map((r) => r.errors)).toEqual(Array(20).fill(undefined));
    expect(await countOf('SELECT COUNT(*) AS n FROM participation WHERE activity_id = ? AND current = ?', [held(2).id, true])).toBe(1);
  });

  it('refuses what the actions service does not know or has not held, and roles other than project officers', async () => {
    const unknown = '00000000-0000-4000-8000-00000000dead';
    expect((await record(unknown, 1, 1)).errors?.[0]).toMatchObject({ message: `Activity ${unknown} was not found`, extensions: { code: 'NOT_FOUND' } });
    expect((await record(services.actions.cancelled.id, 1, 1)).errors?.[0]).toMatchObject({
      message: 'Invalid input: activityId: the activity is CANCELLED; participation and evaluations are recorded once it is HELD',
      extensions: { code: 'BAD_USER_INPUT', field: 'activityId' },
    });
    expect((await record(services.actions.planned.id, 1, 1)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'activityId' });
    const evaluation = await services.subgraph.execute(
      EVALUATE,
      { activityId: services.actions.planned.id, input: { respondentType: 'PARTICIPANT', rating: 'EXCELLENT' } },
      officer,
    );
    expect(evaluation.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'activityId' });
    expect((await record(held(3).id, 1, 1, 0, analyst)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('input checks', () => {
  it('names every field that is wrong, before asking the actions service anything', async () => {
    const activityId = held(6).id;
    const negative = await services.subgraph.execute(PARTICIPATION, { activityId, input: { total: -3, women: -1, men: -1, undisclosed: -1 } }, officer);
    expect((negative.errors?.[0].extensions as any).problems.map((p: any) => p.field)).toEqual([
      'input.total',
      'input.women',
      'input.men',
      'input.undisclosed',
    ]);
    const long = await services.subgraph.execute(
      EVALUATE,
      { activityId, input: { respondentType: 'PARTICIPANT', rating: 'GOOD', comment: 'x'.repeat(2001) } },
      officer,
    );
    expect(long.errors?.[0]).toMatchObject({
      message: 'Invalid input: input.comment: must be at most 2000 characters',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const [actionId] = services.actions.heldByAction.keys();
    const title = await services.subgraph.execute(
      `mutation($a: ID!, $t: String!) { recordResult(actionId: $a, input: { type: POLICY, status: DRAFTED, title: $t, date: "2026-01-01" }) { id } }`,
      { a: actionId, t: ' ' },
      officer,
    );
    expect(title.errors?.[0]).toMatchObject({ message: 'Invalid input: input.title: must not be empty', extensions: { code: 'BAD_USER_INPUT' } });
    const indicator = await services.subgraph.execute(
      `mutation($a: ID!) { setIndicator(actionId: $a, input: { name: " ", unit: "", baseline: 0, target: 1, period: " " }) { id } }`,
      { a: actionId },
      officer,
    );
    expect((indicator.errors?.[0].extensions as any).problems.map((p: any) => p.field)).toEqual(['input.name', 'input.unit', 'input.period']);
    expect(await countOf('SELECT COUNT(*) AS n FROM participation WHERE activity_id = ?', [activityId])).toBe(0);
  });
});

describe('evaluations', () => {
  const evaluate = (activityId: string, rating: string, who = officer, key?: string, respondentType = 'PARTICIPANT') =>
    services.subgraph.execute<any>(EVALUATE, { activityId, input: { respondentType, rating, comment: 'Useful' }, key }, who);

  it('summarises ratings with the satisfaction rate', async () => {
    // Another activity's evaluation is none of this one's.
    await evaluate(held(7).id, 'POOR');
    for (const rating of ['EXCELLENT', 'EXCELLENT', 'VERY_GOOD', 'GOOD', 'POOR']) await evaluate(held(4).id, rating);
    const summary = (
      await services.subgraph.execute<any>(
        `query($id: ID!) { evaluationSummary(activityId: $id) { count satisfactionRate distribution { rating count } evaluations(first: 2) { totalCount } } }`,
        { id: held(4).id },
        officer,
      )
    ).data.evaluationSummary;
    expect(summary).toEqual({
      count: 5,
      satisfactionRate: 0.6,
      evaluations: { totalCount: 5 },
      distribution: [
        { rating: 'EXCELLENT', count: 2 },
        { rating: 'VERY_GOOD', count: 1 },
        { rating: 'GOOD', count: 1 },
        { rating: 'FAIR', count: 0 },
        { rating: 'POOR', count: 1 },
      ],
    });
    const forAnalyst = (
      await services.subgraph.execute<any>(
        `query($id: ID!) { evaluationSummary(activityId: $id) { count evaluations { totalCount } } }`,
        { id: held(4).id },
        analyst,
      )
    ).data.evaluationSummary;
    expect(forAnalyst).toEqual({ count: 5, evaluations: null });
  });

  it('is idempotent with a key, even when 20 replays race', async () => {
    // An earlier evaluation under another key is no replay of this one.
    const earlier = (await evaluate(held(5).id, 'POOR', officer, 'form-41')).data.submitEvaluation.id;
    const results = await concurrently(20, () => evaluate(held(5).id, 'EXCELLENT', officer, 'form-42'));
    expect(results.map((r) => r.errors)).toEqual(Array(20).fill(undefined));
    const ids = new Set(results.map((r) => r.data.submitEvaluation.id));
    expect(ids.size).toBe(1);
    expect(ids.has(earlier)).toBe(false);
    expect(await countOf('SELECT COUNT(*) AS n FROM evaluation WHERE idempotency_key = ?', [scopedIdempotencyKey(officer, 'form-42', null)])).toBe(1);
    expect((await evaluate(held(5).id, 'POOR', officer, 'form-42')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idempotencyKey' });
  });

  it('lets an expert evaluate only an activity they were deployed to, as an expert; the actions service hides the others', async () => {
    const activity = services.actions.held.find((a) => a.experts.length > 0)!;
    const deployed = identityOf('EXPERT', { expertId: activity.experts[0] });
    expect((await evaluate(activity.id, 'VERY_GOOD', deployed, undefined, 'EXPERT')).data.submitEvaluation.rating).toBe('VERY_GOOD');
    expect((await evaluate(activity.id, 'VERY_GOOD', deployed, undefined, 'PARTICIPANT')).errors?.[0]).toMatchObject({
      message: 'Invalid input: input.respondentType: an expert evaluates as EXPERT',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.respondentType' },
    });
    const stranger = identityOf('EXPERT', { expertId: '00000000-0000-4000-8000-0000000000ee' });
    expect((await evaluate(activity.id, 'GOOD', stranger, undefined, 'EXPERT')).errors?.[0]).toMatchObject({
      message: `Activity ${activity.id} was not found`,
      extensions: { code: 'NOT_FOUND' },
    });
    expect((await evaluate(activity.id, 'GOOD', anonymous)).errors?.[0]).toMatchObject({
      message: 'Sign in to do this',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    // An analyst reads every activity, but evaluates none of them, even as an expert, even carrying a deployed expert's id.
    for (const reader of [analyst, identityOf('ANALYST', { expertId: activity.experts[0] })])
      expect((await evaluate(activity.id, 'GOOD', reader, undefined, 'EXPERT')).errors?.[0]).toMatchObject({
        message: 'Evaluations are submitted by project officers and by the experts deployed on the activity',
        extensions: { code: 'FORBIDDEN' },
      });
    expect(await countOf('SELECT COUNT(*) AS n FROM evaluation WHERE activity_id = ?', [activity.id])).toBe(1);
  });
});

describe('results, indicators and the Action', () => {
  const [first, second] = [0, 1];
  // The last two Actions: none of their activities is used by the tests above.
  const actionIds = () => [...services.actions.heldByAction.keys()].slice(-2);

  it('records results, indicators and the final evaluation, and answers for N Actions in one statement per kind', async () => {
    const [actionId, other] = actionIds();
    const [activity] = services.actions.heldByAction.get(actionId)!;
    await record(activity.id, 7, 8);
    const result = `mutation($a: ID!, $type: ResultType!) { recordResult(actionId: $a, input: { type: $type, status: ADOPTED, title: "National labour migration policy", date: "2026-06-01" }) { id type } }`;
    await services.subgraph.execute(result, { a: actionId, type: 'POLICY' }, officer);
    await services.subgraph.execute(result, { a: actionId, type: 'HANDBOOK' }, officer);
    const indicator = `mutation($a: ID!, $actual: Float) { setIndicator(actionId: $a, input: { name: "Officials trained", unit: "people", baseline: 0, target: 40, actual: $actual, period: "2026" }) { progress } }`;
    await services.subgraph.execute(indicator, { a: actionId, actual: 10 }, officer);
    expect((await services.subgraph.execute<any>(indicator, { a: actionId, actual: 30 }, officer)).data.setIndicator.progress).toBe(0.75);
    const final = `mutation($a: ID!) { recordFinalEvaluation(actionId: $a, input: { summary: " Policy adopted and applied ", rating: VERY_GOOD, date: "2025-01-15" }) { summary rating date } }`;
    expect((await services.subgraph.execute<any>(final, { a: actionId }, officer)).data.recordFinalEvaluation).toEqual({
      summary: 'Policy adopted and applied',
      rating: 'VERY_GOOD',
      date: '2025-01-15',
    });
    const unknown = '00000000-0000-4000-8000-00000000beef';
    expect(
      (
        await services.subgraph.execute(
          `mutation($a: ID!) { recordResult(actionId: $a, input: { type: POLICY, status: DRAFTED, title: "x", date: "2026-01-01" }) { id } }`,
          { a: unknown },
          officer,
        )
      ).errors?.[0],
    ).toMatchObject({ message: `Action ${unknown} was not found`, extensions: { code: 'NOT_FOUND' } });
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Action { results { type } indicators { name actual } participants finalEvaluation { summary rating } } } }`;
    let entities: any;
    const statements = await countStatements(services.subgraph.database, async () => {
      entities = (await services.subgraph.execute<any>(query, { r: [actionId, other].map((id) => ({ __typename: 'Action', id })) }, analyst)).data._entities;
    });
    expect(statements).toBe(4);
    // Both results share a date, so their order between them is not defined.
    expect(entities[first].results.map((r: { type: string }) => r.type).sort()).toEqual(['HANDBOOK', 'POLICY']);
    expect(entities[first]).toMatchObject({
      indicators: [{ name: 'Officials trained', actual: 30 }],
      participants: 15,
      finalEvaluation: { summary: 'Policy adopted and applied', rating: 'VERY_GOOD' },
    });
    expect(entities[second]).toEqual({ results: [], indicators: [], participants: 0, finalEvaluation: null });
  });

  it('refuses results and final evaluations dated in the future or before MIEUX began, naming the field', async () => {
    const [actionId] = actionIds();
    const result = `mutation($a: ID!, $d: Date!) { recordResult(actionId: $a, input: { type: POLICY, status: DRAFTED, title: "x", date: $d }) { id } }`;
    const final = `mutation($a: ID!, $d: Date!) { recordFinalEvaluation(actionId: $a, input: { summary: "s", rating: GOOD, date: $d }) { rating } }`;
    for (const mutation of [result, final]) {
      expect((await services.subgraph.execute(mutation, { a: actionId, d: daysFromToday(1) }, officer)).errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.date',
        reason: 'IN_THE_FUTURE',
      });
      expect((await services.subgraph.execute(mutation, { a: actionId, d: '1901-01-01' }, officer)).errors?.[0]).toMatchObject({
        message: 'input.date must not be before 2009-01-01, when MIEUX began',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.date', reason: 'BEFORE_MIEUX' },
      });
    }
    const stored = await services.subgraph.database.dataSource.query('SELECT COUNT(*) AS n FROM result WHERE action_id = ? AND title = ?', [actionId, 'x']);
    expect(Number(stored[0].n)).toBe(0);
  });

  it('refuses an empty final evaluation and callers other than project officers', async () => {
    const [actionId] = actionIds();
    const final = `mutation($a: ID!, $s: String!) { recordFinalEvaluation(actionId: $a, input: { summary: $s, rating: GOOD, date: "2025-01-15" }) { rating } }`;
    expect((await services.subgraph.execute(final, { a: actionId, s: '  ' }, officer)).errors?.[0]).toMatchObject({
      message: 'Invalid input: input.summary: must not be empty',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect((await services.subgraph.execute(final, { a: actionId, s: 'Fine' }, analyst)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('records a result once per idempotency key, even when 20 replays race', async () => {
    const [, actionId] = actionIds();
    const mutation = `mutation($a: ID!, $title: String!, $key: String = "result-7") { recordResult(actionId: $a, input: { type: MANUAL, status: DRAFTED, title: $title, date: "2026-02-01" }, idempotencyKey: $key) { id title } }`;
    // An earlier result under another key is no replay of this one.
    const earlier = (await services.subgraph.execute<any>(mutation, { a: actionId, title: 'Reintegration guide', key: 'result-6' }, officer)).data.recordResult
      .id;
    const results = await concurrently(20, () => services.subgraph.execute<any>(mutation, { a: actionId, title: 'Return counselling manual' }, officer));
    expect(results.map((r) => r.errors)).toEqual(Array(20).fill(undefined));
    const ids = new Set(results.map((r) => r.data.recordResult.id));
    expect(ids.size).toBe(1);
    expect(ids.has(earlier)).toBe(false);
    expect(await countOf('SELECT COUNT(*) AS n FROM result WHERE idempotency_key = ?', [scopedIdempotencyKey(officer, 'result-7', null)])).toBe(1);
    expect((await services.subgraph.execute(mutation, { a: actionId, title: 'Another manual' }, officer)).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'idempotencyKey',
    });
  });

  it('keeps one indicator of a name and one final evaluation per Action under 20 concurrent writes', async () => {
    const [, actionId] = actionIds();
    const indicator = `mutation($a: ID!, $actual: Float) { setIndicator(actionId: $a, input: { name: "Staff trained", unit: "people", baseline: 0, target: 20, actual: $actual, period: "2027" }) { actual } }`;
    const final = `mutation($a: ID!, $rating: Rating!) { recordFinalEvaluation(actionId: $a, input: { summary: "Policy adopted", rating: $rating, date: "2025-12-01" }) { rating } }`;
    const ratings = ['EXCELLENT', 'GOOD'];
    const results = [
      ...(await concurrently(20, (i) => services.subgraph.execute<any>(indicator, { a: actionId, actual: i }, officer))),
      ...(await concurrently(20, (i) => services.subgraph.execute<any>(final, { a: actionId, rating: ratings[i % 2] }, officer))),
    ];
    expect(results.map((r) => r.errors)).toEqual(Array(40).fill(undefined));
    expect(await countOf("SELECT COUNT(*) AS n FROM indicator WHERE action_id = ? AND name = 'Staff trained'", [actionId])).toBe(1);
    expect(await countOf('SELECT COUNT(*) AS n FROM final_evaluation WHERE action_id = ?', [actionId])).toBe(1);
  });

  it('refuses text too long for its column before writing anything', async () => {
    const indicator = `mutation { setIndicator(actionId: "action-2", input: { name: "Officials trained", unit: "${'x'.repeat(41)}", baseline: 0, target: 40, period: " " }) { id } }`;
    expect(((await services.subgraph.execute(indicator, {}, officer)).errors?.[0].extensions as any).problems).toEqual([
      { field: 'input.unit', message: 'must be at most 40 characters' },
      { field: 'input.period', message: 'must not be empty' },
    ]);
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Action { indicators { name } } } }`;
    expect((await services.subgraph.execute<any>(query, { r: [{ __typename: 'Action', id: 'action-2' }] }, analyst)).data._entities[0].indicators).toEqual([]);
  });

  it('resolves N activities in one statement per kind', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Activity { participation { total history { total } } evaluations { count satisfactionRate } } } }`;
    for (const n of [1, 12]) {
      const r = services.actions.held.slice(0, n).map((a) => ({ __typename: 'Activity', id: a.id }));
      expect(await countStatements(services.subgraph.database, () => services.subgraph.execute(query, { r }, analyst))).toBe(2);
    }
  });
});
