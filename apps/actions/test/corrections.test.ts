import { callerId } from '@mieux/service-kit/identity';
import { concurrently, daysFromToday, outboxEvents } from '@mieux/service-kit/testing';
import { DEPLOY, SET_STATUS, analyst, createAction, officer, planActivity, startActions, startOwners, type Owners, type Subgraph } from './fixtures';

/** Fine-tuning activities: rescheduled and corrected while still to happen, with their history and their experts. */
let owners: Owners;
let subgraph: Subgraph;
beforeAll(async () => {
  owners = await startOwners();
  subgraph = await startActions(owners);
  for (const id of ['expert-a', 'expert-b', 'expert-r']) owners.experts.set(id, 'ACTIVE');
});
afterAll(async () => {
  await subgraph?.close();
  await owners?.stub.close();
});

const UPDATE = `mutation($id: ID!, $input: ActivityCorrectionInput!) {
  updateActivity(id: $id, input: $input) { id title format startsOn endsOn countryCode city online status
    history { changes { field from to } by actorId at reason } } }`;
const update = (id: string, input: Record<string, unknown>, who = officer) => subgraph.execute<any>(UPDATE, { id, input }, who);
const deploy = (activityId: string, expertId: string) => subgraph.execute<any>(DEPLOY, { activityId, expertId }, officer);
/** The active deployments of an expert, by start date, as stored. */
const bookingsOf = async (expertId: string) =>
  (
    await subgraph.database.dataSource.query(
      "SELECT activity_id, DATE_FORMAT(starts_on, '%Y-%m-%d') AS starts_on, DATE_FORMAT(ends_on, '%Y-%m-%d') AS ends_on FROM deployment WHERE expert_id = ? AND status = 'ACTIVE' ORDER BY starts_on",
      [expertId],
    )
  ).map((d: any) => [d.activity_id, d.starts_on, d.ends_on]);

describe('updating an activity', () => {
  it('reschedules and corrects a planned activity, records what changed with who and why, and moves its experts with it', async () => {
    const action = await createAction(subgraph, owners);
    const activity = await planActivity(subgraph, action.id, '2027-05-03', '2027-05-05');
    expect((await deploy(activity.id, 'expert-a')).errors).toBeUndefined();
    const answer = await update(activity.id, {
      startsOn: '2027-06-07',
      endsOn: '2027-06-09',
      title: ' Workshop on labour migration data ',
      format: 'SEMINAR',
      city: 'Saint-Louis',
      reason: 'The ministry asked for June',
    });
    expect(answer.errors).toBeUndefined();
    const updated = answer.data.updateActivity;
    expect(updated).toMatchObject({
      title: 'Workshop on labour migration data',
      format: 'SEMINAR',
      startsOn: '2027-06-07',
      endsOn: '2027-06-09',
      countryCode: 'SN',
      city: 'Saint-Louis',
      online: false,
      status: 'PLANNED',
    });
    expect(updated.history).toEqual([
      {
        changes: [
          { field: 'title', from: 'Kick-off workshop', to: 'Workshop on labour migration data' },
          { field: 'format', from: 'WORKSHOP', to: 'SEMINAR' },
          { field: 'startsOn', from: '2027-05-03', to: '2027-06-07' },
          { field: 'endsOn', from: '2027-05-05', to: '2027-06-09' },
          { field: 'city', from: 'Dakar', to: 'Saint-Louis' },
        ],
        by: 'PROJECT_OFFICER',
        actorId: callerId(officer),
        at: expect.any(String),
        reason: 'The ministry asked for June',
      },
    ]);
    expect(await bookingsOf('expert-a')).toEqual([[activity.id, '2027-06-07', '2027-06-09']]);
    const rescheduled = async () => (await outboxEvents(subgraph.database, activity.id)).filter((e) => e.type === 'ActivityRescheduled');
    expect((await rescheduled()).map((e) => e.payload)).toEqual([
      { activityId: activity.id, actionId: action.id, startsOn: '2027-06-07', endsOn: '2027-06-09' },
    ]);
    // A confirmed activity is still fine-tuned; one that changes nothing records nothing; an empty city clears it.
    await subgraph.execute(SET_STATUS, { id: activity.id, status: 'CONFIRMED' }, officer);
    expect((await update(activity.id, { startsOn: '2027-06-07' })).data.updateActivity.history).toHaveLength(1);
    const online = (await update(activity.id, { online: true, city: '' })).data.updateActivity;
    expect(online).toMatchObject({ status: 'CONFIRMED', online: true, city: null });
    expect(await rescheduled()).toHaveLength(1);
    expect(online.history[1].changes).toEqual([
      { field: 'city', from: 'Saint-Louis', to: null },
      { field: 'online', from: 'false', to: 'true' },
    ]);
  });

  it('refuses a held or cancelled activity, dates against the rules of planning and a format of another type, changing nothing', async () => {
    const action = await createAction(subgraph, owners);
    const held = await planActivity(subgraph, action.id, '2024-01-10');
    const cancelled = await planActivity(subgraph, action.id, '2027-02-01');
    const planned = await planActivity(subgraph, action.id, '2027-02-10');
    await subgraph.execute(SET_STATUS, { id: held.id, status: 'HELD' }, officer);
    expect((await update(held.id, { startsOn: '2024-01-11', endsOn: '2024-01-11' })).errors?.[0]).toMatchObject({
      message: 'Activity is HELD; it is rescheduled or corrected only while PLANNED or CONFIRMED',
      extensions: { code: 'CONFLICT', currentStatus: 'HELD', allowed: ['PLANNED', 'CONFIRMED'] },
    });
    await subgraph.execute(SET_STATUS, { id: cancelled.id, status: 'CANCELLED' }, officer);
    expect((await update(cancelled.id, { title: 'Revived' })).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentStatus: 'CANCELLED' });

    const refusals: [Record<string, unknown>, Record<string, unknown>][] = [
      [{ startsOn: '2023-11-29' }, { field: 'input.startsOn', reason: 'BEFORE_APPROVAL' }],
      [{ startsOn: daysFromToday(6 * 366) }, { field: 'input.startsOn', reason: 'BEYOND_HORIZON' }],
      [{ endsOn: '2027-02-09' }, { field: 'input.endsOn', reason: 'ENDS_BEFORE_START' }],
      [{ endsOn: '2028-06-01' }, { field: 'input.endsOn', reason: 'TOO_LONG' }],
      [{ format: 'TRAINING_OF_TRAINERS' }, { field: 'input.format' }],
      [{ countryCode: 'ZZ' }, { field: 'input.countryCode' }],
      [{ title: ' ' }, { field: 'input.title' }],
    ];
    for (const [input, extensions] of refusals) {
      expect((await update(planned.id, input)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', ...extensions });
    }
    expect((await update(planned.id, { title: 'x' }, analyst)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const unknown = '00000000-0000-4000-8000-00000000beef';
    expect((await update(unknown, { title: 'x' })).errors?.[0]).toMatchObject({
      message: `Activity ${unknown} was not found`,
      extensions: { code: 'NOT_FOUND' },
    });
    const history = await subgraph.database.dataSource.query('SELECT COUNT(*) AS n FROM activity_change WHERE activity_id IN (?, ?, ?)', [
      held.id,
      cancelled.id,
      planned.id,
    ]);
    expect(Number(history[0].n)).toBe(0);
  });

  it('never double-books a deployed expert: a move onto their other dates is refused, and the dates they leave are free', async () => {
    const action = await createAction(subgraph, owners);
    const first = await planActivity(subgraph, action.id, '2027-09-01', '2027-09-03');
    const second = await planActivity(subgraph, action.id, '2027-09-10', '2027-09-12');
    for (const activity of [first, second]) expect((await deploy(activity.id, 'expert-b')).errors).toBeUndefined();
    const [onFirst] = await bookingsOf('expert-b');
    const refused = await update(second.id, { startsOn: '2027-09-03', endsOn: '2027-09-04' });
    expect(refused.errors?.[0]).toMatchObject({
      message: 'Expert expert-b is already deployed from 2027-09-01 to 2027-09-03',
      extensions: { code: 'CONFLICT', expertId: 'expert-b' },
    });
    expect(await bookingsOf('expert-b')).toEqual([onFirst, [second.id, '2027-09-10', '2027-09-12']]);
    expect((await update(second.id, { startsOn: '2027-09-20', endsOn: '2027-09-22' })).errors).toBeUndefined();
    const onLeftDates = await planActivity(subgraph, action.id, '2027-09-11');
    const onNewDates = await planActivity(subgraph, action.id, '2027-09-21');
    expect((await deploy(onLeftDates.id, 'expert-b')).errors).toBeUndefined();
    expect((await deploy(onNewDates.id, 'expert-b')).errors?.[0].message).toBe('Expert expert-b is already deployed from 2027-09-20 to 2027-09-22');
  });

  it('a rescheduling racing a booking of the same expert on the new dates never double-books them (20 trials)', async () => {
    const action = await createAction(subgraph, owners);
    for (let trial = 0; trial < 20; trial += 1) {
      const day = (n: number) => `2028-${String(1 + Math.floor(trial / 2)).padStart(2, '0')}-${String(n + (trial % 2) * 14).padStart(2, '0')}`;
      const moving = await planActivity(subgraph, action.id, day(1));
      const target = await planActivity(subgraph, action.id, day(8));
      expect((await deploy(moving.id, 'expert-r')).errors).toBeUndefined();
      const [move, booking] = await concurrently(2, (i) => (i === 0 ? update(moving.id, { startsOn: day(8), endsOn: day(8) }) : deploy(target.id, 'expert-r')));
      expect([move.errors, booking.errors].filter((e) => e === undefined)).toHaveLength(1);
      expect([move, booking].flatMap((a) => a.errors ?? []).map((e) => e.extensions?.code)).toEqual(['CONFLICT']);
      const bookings = await bookingsOf('expert-r');
      for (let i = 1; i < bookings.length; i += 1) expect(bookings[i][1] > bookings[i - 1][2]).toBe(true);
    }
  });
});
