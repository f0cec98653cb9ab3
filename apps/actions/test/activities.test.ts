import { concurrently } from '@mieux/service-kit/testing';
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
    const first = await planActivity(subgraph, action.id, '2027-01-10', '2027-01-12');
    const second = await planActivity(subgraph, action.id, '2027-03-01');
    const third = await planActivity(subgraph, action.id, '2027-04-01');
    expect(first).toMatchObject({ status: 'PLANNED', thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'] });
    expect((await set(first.id, 'CONFIRMED')).data.setActivityStatus.action.status).toBe('PLANNED');
    expect((await set(first.id, 'HELD')).data.setActivityStatus.action).toEqual({
      status: 'IN_IMPLEMENTATION',
      launchedOn: '2027-01-10',
      launchedOnTime: true,
    });
    await set(second.id, 'HELD');
    expect((await set(third.id, 'CANCELLED')).data.setActivityStatus.action.status).toBe('COMPLETED');
    const closed = await subgraph.execute<any>(`mutation($id: ID!) { closeAction(id: $id) { status allowedTransitions } }`, { id: action.id }, officer);
    expect(closed.data.closeAction).toEqual({ status: 'CLOSED', allowedTransitions: [] });
  });

  it('plans activities only while the Action is PLANNED or IN_IMPLEMENTATION', async () => {
    const action = await createAction(subgraph, owners);
    await subgraph.execute(`mutation($id: ID!) { cancelAction(id: $id, reason: "Withdrawn by the partner") { status } }`, { id: action.id }, officer);
    const refused = await subgraph.execute(PLAN, { actionId: action.id, input: activityInput('2027-05-10') }, officer);
    expect(refused.errors?.[0]).toMatchObject({
      message: 'Action is CANCELLED; activities are planned while it is PLANNED or IN_IMPLEMENTATION',
      extensions: { code: 'CONFLICT', currentStatus: 'CANCELLED' },
    });
  });

  it('refuses illegal activity transitions with the allowed ones', async () => {
    const action = await createAction(subgraph, owners);
    const activity = await planActivity(subgraph, action.id, '2027-01-10');
    await set(activity.id, 'HELD');
    const again = await set(activity.id, 'CONFIRMED');
    expect(again.errors?.[0]).toMatchObject({
      message: 'Activity is HELD; it is final, not CONFIRMED',
      extensions: { code: 'CONFLICT', currentStatus: 'HELD', allowed: [] },
    });
  });

  it.each([
    ['2027-02-28', true],
    ['2027-03-01', false],
  ])('launches on time at month ends: approved 30 November, first held on %s → %s', async (startsOn, onTime) => {
    const action = await createAction(subgraph, owners, { approvedOn: '2026-11-30' });
    expect(action.launchTarget).toBe('2027-02-28');
    const activity = await planActivity(subgraph, action.id, startsOn);
    expect((await set(activity.id, 'HELD')).data.setActivityStatus.action.launchedOnTime).toBe(onTime);
  });

  it('refuses bad activity input field by field', async () => {
    const action = await createAction(subgraph, owners);
    const result = await subgraph.execute(
      PLAN,
      { actionId: action.id, input: activityInput('2027-05-10', '2027-05-01', { format: 'SEMINAR', type: 'TRAINING', title: ' ', countryCode: 'QQ' }) },
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
    const input = activityInput('2027-05-10', '2027-05-10', { title: 'Kick-off\u0000', city: 'D'.repeat(101) });
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
    const input = activityInput('2027-06-10');
    const results = await concurrently(20, () => subgraph.execute<any>(mutation, { a: action.id, input, key: 'plan-1' }, officer));
    expect(results.map((r) => r.errors)).toEqual(Array(20).fill(undefined));
    expect(new Set(results.map((r) => r.data.planActivity.id)).size).toBe(1);
    const [{ n }] = await subgraph.database.dataSource.query("SELECT COUNT(*) AS n FROM activity WHERE idempotency_key = 'plan-1'");
    expect(Number(n)).toBe(1);
    const other = await subgraph.execute(mutation, { a: action.id, input: { ...input, title: 'Another' }, key: 'plan-1' }, officer);
    expect(other.errors?.[0].extensions?.field).toBe('idempotencyKey');
  });

  it('plans an online activity in the beneficiary country', async () => {
    const action = await createAction(subgraph, owners, { country: { code: 'MA', region: 'SOUTHERN_NEIGHBOURHOOD' } });
    const result = await subgraph.execute<any>(
      PLAN,
      { actionId: action.id, input: activityInput('2027-05-10', '2027-05-10', { countryCode: null, city: null, online: true }) },
      officer,
    );
    expect(result.data.planActivity.countryCode).toBe('MA');
  });
});
