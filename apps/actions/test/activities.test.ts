import { scopedIdempotencyKey } from '@mieux/service-kit';
import { callerId } from '@mieux/service-kit/identity';
import { concurrently, daysFromToday } from '@mieux/service-kit/testing';
import { PLAN, SET_STATUS, activityInput, createAction, officer, planActivity, startActions, startOwners, type Owners, type Subgraph } from './fixtures';

let owners: Owners;
let subgraph: Subgraph;
beforeAll(async () => {
  owners = await startOwners();
  subgraph = await startActions(owners);
});
afterAll(async () => {
  await subgraph?.close();
  await owners?.stub.close();
});

const set = (id: string, status: string) => subgraph.execute<any>(SET_STATUS, { id, status }, officer);

describe('activities and the Action they belong to', () => {
  it('moves the Action along as its activities are held or cancelled', async () => {
    const action = await createAction(subgraph, owners);
    const first = await planActivity(subgraph, action.id, '2024-01-10', '2024-01-12');
    const second = await planActivity(subgraph, action.id, '2024-03-01');
    const third = await planActivity(subgraph, action.id, daysFromToday(30));
    expect(first).toMatchObject({ status: 'PLANNED', thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'] });
    expect((await set(third.id, 'CONFIRMED')).data.setActivityStatus.action.status).toBe('PLANNED');
    expect((await set(first.id, 'HELD')).data.setActivityStatus.action).toEqual({
      status: 'IN_IMPLEMENTATION',
      launchedOn: '2024-01-10',
      launchedOnTime: true,
    });
    await set(second.id, 'HELD');
    expect((await set(third.id, 'CANCELLED')).data.setActivityStatus.action.status).toBe('COMPLETED');
    const CLOSE = `mutation($id: ID!) { closeAction(id: $id) { status allowedTransitions history { from to by actorId reason } } }`;
    const early = await subgraph.execute<any>(CLOSE, { id: action.id }, officer);
    expect(early.errors?.[0]).toMatchObject({
      message: 'An Action is closed once its final evaluation is recorded (recordFinalEvaluation)',
      extensions: { code: 'CONFLICT', reason: 'NO_FINAL_EVALUATION' },
    });
    owners.finalEvaluations.set(action.id, '2024-06-01');
    const closed = (await subgraph.execute<any>(CLOSE, { id: action.id }, officer)).data.closeAction;
    expect(closed).toMatchObject({ status: 'CLOSED', allowedTransitions: [] });
    const actorId = callerId(officer);
    expect(closed.history).toEqual([
      { from: null, to: 'PLANNED', by: 'PROJECT_OFFICER', actorId, reason: expect.stringMatching(/^Created from request /) },
      { from: 'PLANNED', to: 'IN_IMPLEMENTATION', by: 'PROJECT_OFFICER', actorId, reason: 'Activity "Kick-off workshop" HELD' },
      { from: 'IN_IMPLEMENTATION', to: 'COMPLETED', by: 'PROJECT_OFFICER', actorId, reason: 'Activity "Kick-off workshop" CANCELLED' },
      { from: 'COMPLETED', to: 'CLOSED', by: 'PROJECT_OFFICER', actorId, reason: 'Final evaluation of 2024-06-01' },
    ]);
    expect(JSON.stringify(closed.history)).not.toContain(officer.sub!);
  });

  it('plans activities only while the Action is PLANNED or IN_IMPLEMENTATION', async () => {
    const action = await createAction(subgraph, owners);
    const cancelled = await subgraph.execute<any>(
      `mutation($id: ID!) { cancelAction(id: $id, reason: " Withdrawn by the partner ") { status history { from to reason } } }`,
      { id: action.id },
      officer,
    );
    expect(cancelled.data.cancelAction.history.at(-1)).toEqual({ from: 'PLANNED', to: 'CANCELLED', reason: 'Withdrawn by the partner' });
    const other = await createAction(subgraph, owners);
    const blank = await subgraph.execute(`mutation($id: ID!) { cancelAction(id: $id, reason: "  ") { status } }`, { id: other.id }, officer);
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const refused = await subgraph.execute(PLAN, { actionId: action.id, input: activityInput('2024-05-10') }, officer);
    expect(refused.errors?.[0]).toMatchObject({
      message: 'Action is CANCELLED; activities are planned while it is PLANNED or IN_IMPLEMENTATION',
      extensions: { code: 'CONFLICT', currentStatus: 'CANCELLED' },
    });
  });

  it('refuses illegal activity transitions with the allowed ones', async () => {
    const action = await createAction(subgraph, owners);
    const activity = await planActivity(subgraph, action.id, '2024-01-10');
    await set(activity.id, 'HELD');
    const again = await set(activity.id, 'CONFIRMED');
    expect(again.errors?.[0]).toMatchObject({
      message: 'Activity is HELD; it is final, not CONFIRMED',
      extensions: { code: 'CONFLICT', currentStatus: 'HELD', allowed: [] },
    });
  });

  it.each([
    ['2023-02-28', true],
    ['2023-03-01', false],
  ])('launches on time at month ends: approved 30 November, first held on %s → %s', async (startsOn, onTime) => {
    const action = await createAction(subgraph, owners, { approvedOn: '2022-11-30' });
    expect(action.launchTarget).toBe('2023-02-28');
    const activity = await planActivity(subgraph, action.id, startsOn);
    expect((await set(activity.id, 'HELD')).data.setActivityStatus.action.launchedOnTime).toBe(onTime);
  });

  it('refuses bad activity input field by field', async () => {
    const action = await createAction(subgraph, owners);
    const result = await subgraph.execute(
      PLAN,
      { actionId: action.id, input: activityInput('2024-05-10', '2024-05-01', { format: 'SEMINAR', type: 'TRAINING', title: ' ', countryCode: 'QQ' }) },
      officer,
    );
    expect((result.errors?.[0].extensions as any).problems.map((p: any) => p.field)).toEqual([
      'input.title',
      'input.format',
      'input.endsOn',
      'input.countryCode',
    ]);
  });

  it('refuses text too long for its column, or with control characters, before writing', async () => {
    const action = await createAction(subgraph, owners);
    const input = activityInput('2024-05-10', '2024-05-10', { title: 'Kick-off\u0000', city: 'D'.repeat(101) });
    const result = await subgraph.execute(PLAN, { actionId: action.id, input }, officer);
    expect((result.errors?.[0].extensions as any).problems).toEqual([
      { field: 'input.title', message: 'must not contain control characters or broken characters' },
      { field: 'input.city', message: 'must be at most 100 characters' },
    ]);
    expect((await subgraph.execute<any>(`query($id: ID!) { action(id: $id) { activityCount } }`, { id: action.id }, officer)).data.action.activityCount).toBe(
      0,
    );
  });

  it('plans once per idempotency key, even when 20 replays race', async () => {
    const action = await createAction(subgraph, owners);
    const mutation = `mutation($a: ID!, $input: ActivityInput!, $key: String) { planActivity(actionId: $a, input: $input, idempotencyKey: $key) { id } }`;
    const input = activityInput('2024-06-10');
    const results = await concurrently(20, () => subgraph.execute<any>(mutation, { a: action.id, input, key: 'plan-1' }, officer));
    expect(results.map((r) => r.errors)).toEqual(Array(20).fill(undefined));
    expect(new Set(results.map((r) => r.data.planActivity.id)).size).toBe(1);
    const [{ n }] = await subgraph.database.dataSource.query('SELECT COUNT(*) AS n FROM activity WHERE idempotency_key = ?', [
      scopedIdempotencyKey(officer, 'plan-1', null),
    ]);
    expect(Number(n)).toBe(1);
    const other = await subgraph.execute(mutation, { a: action.id, input: { ...input, title: 'Another' }, key: 'plan-1' }, officer);
    expect(other.errors?.[0].extensions?.field).toBe('idempotencyKey');
  });

  it('plans an online activity in the beneficiary country', async () => {
    const action = await createAction(subgraph, owners, { country: { code: 'MA', region: 'SOUTHERN_NEIGHBOURHOOD' } });
    const result = await subgraph.execute<any>(
      PLAN,
      { actionId: action.id, input: activityInput('2024-05-10', '2024-05-10', { countryCode: null, city: null, online: true }) },
      officer,
    );
    expect(result.data.planActivity.countryCode).toBe('MA');
  });
});

describe('the working languages and sub-topics of activities', () => {
  const PLANNED = `mutation($actionId: ID!, $input: ActivityInput!) { planActivity(actionId: $actionId, input: $input) {
    id workingLanguages subTopics thematicAreas action { subTopics } } }`;
  const planIn = async (actionId: string, overrides: Record<string, unknown>) =>
    subgraph.execute<any>(PLANNED, { actionId, input: activityInput('2024-05-10', '2024-05-10', overrides) }, officer);

  it("default to the official languages of where it is held, else English; the Action's sub-topics are its request's", async () => {
    const action = await createAction(subgraph, owners, { country: { code: 'MA', region: 'SOUTHERN_NEIGHBOURHOOD' }, subTopics: ['INTEGRATION'] });
    expect((await planIn(action.id, {})).data.planActivity).toMatchObject({
      workingLanguages: ['fr'],
      subTopics: ['INTEGRATION'],
      thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'],
      action: { subTopics: ['INTEGRATION'] },
    });
    expect((await planIn(action.id, { countryCode: null, city: null, online: true })).data.planActivity.workingLanguages).toEqual(['ar', 'fr']);
    expect((await planIn(action.id, { countryCode: 'NG' })).data.planActivity.workingLanguages).toEqual(['en']);
    expect((await planIn(action.id, { workingLanguages: ['en', 'fr', 'en'] })).data.planActivity.workingLanguages).toEqual(['en', 'fr']);
  });

  it('are refused unless ISO 639-1 codes the roster knows, at least one, at most six', async () => {
    const action = await createAction(subgraph, owners);
    const problems = async (workingLanguages: unknown) => ((await planIn(action.id, { workingLanguages })).errors?.[0].extensions as any).problems;
    expect(await problems(['xx'])).toEqual([{ field: 'input.workingLanguages.0', message: '"xx" is not an ISO 639-1 language code' }]);
    expect(await problems([])).toEqual([{ field: 'input.workingLanguages', message: 'must name at least one working language' }]);
    expect(await problems(['en', 'fr', 'es', 'pt', 'ar', 'ru', 'de'])).toEqual([{ field: 'input.workingLanguages', message: 'must list at most 6' }]);
  });
});

const plan = (actionId: string, startsOn: string, endsOn = startsOn) =>
  subgraph.execute<any>(PLAN, { actionId, input: activityInput(startsOn, endsOn) }, officer);

describe('the dates of activities', () => {
  it('hold an activity from its start date on, not before: a workshop 30 days ahead is not held, and the Action has not launched', async () => {
    const action = await createAction(subgraph, owners);
    const ahead = await planActivity(subgraph, action.id, daysFromToday(30));
    const refused = await set(ahead.id, 'HELD');
    expect(refused.errors?.[0]).toMatchObject({
      message: `status an activity is held from its start date on (it starts on ${daysFromToday(30)})`,
      extensions: { code: 'BAD_USER_INPUT', field: 'status', reason: 'NOT_STARTED' },
    });
    const today = await planActivity(subgraph, action.id, daysFromToday(0));
    expect((await set(today.id, 'HELD')).data.setActivityStatus).toMatchObject({ status: 'HELD', action: { launchedOn: daysFromToday(0) } });
    const read = await subgraph.execute<any>(`query($id: ID!) { activity(id: $id) { status } }`, { id: ahead.id }, officer);
    expect(read.data.activity.status).toBe('PLANNED');
  });

  it('offer the moves the dates allow today: not held before its first day, not confirmed once begun', async () => {
    const action = await createAction(subgraph, owners);
    const moves = async (id: string) =>
      (await subgraph.execute<any>(`query($id: ID!) { activity(id: $id) { allowedTransitions } }`, { id }, officer)).data.activity.allowedTransitions;
    expect(await moves((await planActivity(subgraph, action.id, daysFromToday(30))).id)).toEqual(['CONFIRMED', 'CANCELLED']);
    expect(await moves((await planActivity(subgraph, action.id, daysFromToday(0))).id)).toEqual(['CONFIRMED', 'HELD', 'CANCELLED']);
    expect(await moves((await planActivity(subgraph, action.id, daysFromToday(-1), daysFromToday(1))).id)).toEqual(['HELD', 'CANCELLED']);
  });

  it('confirm an activity before it starts, not once it has begun', async () => {
    const action = await createAction(subgraph, owners);
    const begun = await planActivity(subgraph, action.id, daysFromToday(-1), daysFromToday(1));
    expect((await set(begun.id, 'CONFIRMED')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status', reason: 'ALREADY_STARTED' });
    const ahead = await planActivity(subgraph, action.id, daysFromToday(0));
    expect((await set(ahead.id, 'CONFIRMED')).data.setActivityStatus.status).toBe('CONFIRMED');
  });

  it('start no earlier than the Action’s approval and within a sane window', async () => {
    const action = await createAction(subgraph, owners, { approvedOn: '2023-11-30' });
    expect((await plan(action.id, '2023-11-29')).errors?.[0]).toMatchObject({
      message: "input.startsOn must not be before the Action's approval on 2023-11-30",
      extensions: { code: 'BAD_USER_INPUT', field: 'input.startsOn', reason: 'BEFORE_APPROVAL' },
    });
    expect((await plan(action.id, '1901-01-01', '2777-01-01')).errors?.[0].extensions).toMatchObject({ field: 'input.startsOn', reason: 'BEFORE_APPROVAL' });
    expect((await plan(action.id, '2024-01-01', '2777-01-01')).errors?.[0].extensions).toMatchObject({ field: 'input.endsOn', reason: 'TOO_LONG' });
    expect((await plan(action.id, daysFromToday(366 * 5 + 2))).errors?.[0].extensions).toMatchObject({ field: 'input.startsOn', reason: 'BEYOND_HORIZON' });
    expect((await plan(action.id, '2023-11-30')).data.planActivity.status).toBe('PLANNED');
  });
});
