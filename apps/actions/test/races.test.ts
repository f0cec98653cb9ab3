import { daysFromToday, identityOf, raceOnRow } from '@mieux/service-kit/testing';
import { DEPLOY, SET_STATUS, createAction, officer, planActivity, startActions, startOwners, type Owners, type Subgraph } from './fixtures';

let owners: Owners;
let subgraph: Subgraph;
beforeAll(async () => {
  owners = await startOwners();
  subgraph = await startActions(owners);
  owners.experts.set('expert-r', 'ACTIVE');
});
afterAll(async () => {
  await subgraph?.close();
  await owners?.stub.close();
});

const set = (id: string, status: string) => () => subgraph.execute<any>(SET_STATUS, { id, status }, officer);
const statusOf = async (table: string, id: string) => (await subgraph.database.dataSource.query(`SELECT status FROM ${table} WHERE id = ?`, [id]))[0].status;

/** Each race below makes every call read the row before any call writes it (raceOnRow). */
describe('compare-and-set under forced races', () => {
  it('of 6 cancellations of an Action, exactly one applies; the others get CONFLICT', async () => {
    const action = await createAction(subgraph, owners);
    const cancel = () =>
      subgraph.execute<any>(`mutation($id: ID!) { cancelAction(id: $id, reason: "Partner withdrew") { status } }`, { id: action.id }, officer);
    const results = await raceOnRow(
      subgraph,
      'action',
      action.id,
      Array.from({ length: 6 }, () => cancel),
    );
    expect(results.filter((r) => !r.errors).map((r) => r.data.cancelAction)).toEqual([{ status: 'CANCELLED' }]);
    for (const r of results.filter((r) => r.errors)) {
      expect(r.errors![0]).toMatchObject({ message: `Action ${action.id} changed while this change was made; try again`, extensions: { code: 'CONFLICT' } });
    }
  });

  it('of an activity held and cancelled at once, exactly one move applies and the activity ends in its status', async () => {
    const action = await createAction(subgraph, owners);
    const activity = await planActivity(subgraph, action.id, '2026-02-01');
    const results = await raceOnRow(subgraph, 'activity', activity.id, [
      set(activity.id, 'HELD'),
      set(activity.id, 'CANCELLED'),
      set(activity.id, 'HELD'),
      set(activity.id, 'CANCELLED'),
    ]);
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    expect(await statusOf('activity', activity.id)).toBe(winners[0].data.setActivityStatus.status);
    // The losers read the activity again under its lock: they see the winner's final status.
    const final = winners[0].data.setActivityStatus.status;
    for (const r of results.filter((r) => r.errors)) {
      expect(r.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT', currentStatus: final, allowed: [] } });
    }
  });

  it('completes the Action when its last two activities are held at once', async () => {
    const action = await createAction(subgraph, owners);
    const first = await planActivity(subgraph, action.id, '2026-03-01');
    const second = await planActivity(subgraph, action.id, '2026-03-02');
    const results = await raceOnRow(subgraph, 'action', action.id, [set(first.id, 'HELD'), set(second.id, 'HELD')]);
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined]);
    expect(await statusOf('action', action.id)).toBe('COMPLETED');
  });

  it('of 6 cancellations of a deployment, exactly one applies; the others get CONFLICT', async () => {
    const action = await createAction(subgraph, owners);
    const activity = await planActivity(subgraph, action.id, '2026-04-01');
    const deployment = (await subgraph.execute<any>(DEPLOY, { activityId: activity.id, expertId: 'expert-r' }, officer)).data.deployExpert;
    const cancel = () => subgraph.execute<any>(`mutation($id: ID!) { cancelDeployment(id: $id) { id status } }`, { id: deployment.id }, officer);
    const results = await raceOnRow(
      subgraph,
      'deployment',
      deployment.id,
      Array.from({ length: 6 }, () => cancel),
    );
    expect(results.filter((r) => !r.errors).map((r) => r.data.cancelDeployment)).toEqual([{ id: deployment.id, status: 'CANCELLED' }]);
    for (const r of results.filter((r) => r.errors)) {
      expect(r.errors![0]).toMatchObject({
        message: 'Deployment is already CANCELLED',
        extensions: { code: 'CONFLICT', currentStatus: 'CANCELLED', allowed: [] },
      });
    }
  });
});

/** Races as clients make them: both calls at once, 20 trials each, on MySQL. */
describe('no race loses a rule', () => {
  const TRIALS = 20;

  it('never leaves an ACTIVE deployment on a CANCELLED activity when deploying races cancelling it', async () => {
    const action = await createAction(subgraph, owners);
    for (let trial = 0; trial < TRIALS; trial += 1) {
      const expertId = `expert-race-${trial}`;
      owners.experts.set(expertId, 'ACTIVE');
      const activity = await planActivity(subgraph, action.id, daysFromToday(10 + trial));
      await Promise.all([
        subgraph.execute<any>(DEPLOY, { activityId: activity.id, expertId }, officer),
        subgraph.execute<any>(SET_STATUS, { id: activity.id, status: 'CANCELLED' }, officer),
      ]);
      expect(await statusOf('activity', activity.id)).toBe('CANCELLED');
      const active = await subgraph.database.dataSource.query(`SELECT id FROM deployment WHERE activity_id = ? AND status = 'ACTIVE'`, [activity.id]);
      expect(active).toEqual([]);
    }
  });

  it('ends an expert’s deployments not yet begun, once, as the expert or an officer; a booking in flight is ended too', async () => {
    const action = await createAction(subgraph, owners);
    const END = `mutation($e: ID!) { endFutureDeployments(expertId: $e) { id status } }`;
    const END_DATES = `mutation($e: ID!) { endFutureDeployments(expertId: $e) { status activity { startsOn } } }`;
    const past = await planActivity(subgraph, action.id, daysFromToday(-3));
    // Booked in another order than their dates: they are ended, and answered, in date order.
    const ahead = [9, 3, 7, 5].map((days) => daysFromToday(days));
    const activities = [];
    for (const day of ahead) activities.push(await planActivity(subgraph, action.id, day));
    owners.experts.set('expert-end', 'ACTIVE');
    owners.experts.set('expert-stays', 'ACTIVE');
    for (const a of [past, ...activities]) await subgraph.execute(DEPLOY, { activityId: a.id, expertId: 'expert-end' }, officer);
    // Another expert's future booking is theirs: it stays.
    await subgraph.execute(DEPLOY, { activityId: activities[0].id, expertId: 'expert-stays' }, officer);
    const me = identityOf('EXPERT', { expertId: 'expert-end' });
    expect((await subgraph.execute(END, { e: 'expert-end' }, identityOf('EXPERT', { expertId: 'someone-else' }))).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    const ended = (await subgraph.execute<any>(END_DATES, { e: 'expert-end' }, me)).data.endFutureDeployments;
    expect(ended.map((d: any) => [d.activity.startsOn, d.status])).toEqual([...ahead].sort().map((day) => [day, 'CANCELLED']));
    expect((await subgraph.execute<any>(END, { e: 'expert-end' }, officer)).data.endFutureDeployments).toEqual([]);
    const rows = await subgraph.database.dataSource.query(`SELECT activity_id, status FROM deployment WHERE expert_id = ? ORDER BY starts_on`, ['expert-end']);
    expect(rows[0]).toEqual({ activity_id: past.id, status: 'ACTIVE' });
    expect(rows.slice(1).map((r: any) => r.status)).toEqual(['CANCELLED', 'CANCELLED', 'CANCELLED', 'CANCELLED']);
    const stays = await subgraph.database.dataSource.query(`SELECT status FROM deployment WHERE expert_id = 'expert-stays'`);
    expect(stays).toEqual([{ status: 'ACTIVE' }]);
  });

  it('never leaves an expert deployed after their withdrawal when booking races it (the experts service’s order: withdraw, then end)', async () => {
    const action = await createAction(subgraph, owners);
    const END = `mutation($e: ID!) { endFutureDeployments(expertId: $e) { id } }`;
    for (let trial = 0; trial < TRIALS; trial += 1) {
      const expertId = `expert-withdraws-${trial}`;
      owners.experts.set(expertId, 'ACTIVE');
      const activity = await planActivity(subgraph, action.id, daysFromToday(40 + trial));
      const withdraw = async () => {
        owners.experts.set(expertId, 'INACTIVE');
        return subgraph.execute<any>(END, { e: expertId }, identityOf('EXPERT', { expertId }));
      };
      const [, ended] = await Promise.all([subgraph.execute<any>(DEPLOY, { activityId: activity.id, expertId }, officer), withdraw()]);
      expect(ended.errors).toBeUndefined();
      const active = await subgraph.database.dataSource.query(`SELECT id FROM deployment WHERE expert_id = ? AND status = 'ACTIVE'`, [expertId]);
      expect(active).toEqual([]);
    }
  });
});
