import { daysFromToday, outboxEvents, raceOnRow } from '@mieux/service-kit/testing';
import {
  DEPLOY,
  invite as inviteBy,
  RESPOND,
  WITHDRAW,
  availableExpert,
  createAction,
  expertOf,
  officer,
  planActivity,
  startActions,
  startOwners,
  type Owners,
  type Subgraph,
} from './fixtures';

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

const TRIALS = 20;
const invite = (activityId: string, expertId: string) => inviteBy(subgraph, activityId, expertId);
const query = (sql: string, params: unknown[]) => subgraph.database.dataSource.query(sql, params);
const types = async (aggregateId: string) => (await outboxEvents(subgraph.database, aggregateId)).map((event) => event.type);

/**
 * Races as clients make them: both calls at once, 20 trials, on MySQL; the rule holds every time. What
 * holds it: the expert's lock taken before the dates are checked, and the dates read with locking reads
 * (without both, the first trial already makes two invitations).
 */
describe('two invitations racing for one expert’s dates', () => {
  it('one is made and the other is a CONFLICT naming it, every time', async () => {
    const action = await createAction(subgraph, owners);
    for (let trial = 0; trial < TRIALS; trial += 1) {
      const expert = availableExpert(owners, `race-inv-${trial}`);
      const a = await planActivity(subgraph, action.id, daysFromToday(200 + 3 * trial), daysFromToday(201 + 3 * trial));
      const b = await planActivity(subgraph, action.id, daysFromToday(201 + 3 * trial), daysFromToday(202 + 3 * trial));
      const results = await Promise.all([invite(a.id, expert), invite(b.id, expert)]);
      const made = results.filter((r) => !r.errors).map((r) => r.data.inviteExpert);
      expect(made).toHaveLength(1);
      expect(results.find((r) => r.errors)!.errors![0].extensions).toMatchObject({ code: 'CONFLICT', invitationId: made[0].id });
      expect(await query(`SELECT id FROM invitation WHERE expert_id = ? AND status = 'INVITED'`, [expert])).toEqual([{ id: made[0].id }]);
    }
  });

  it('an invitation and a direct deployment: one takes the dates, every time', async () => {
    const action = await createAction(subgraph, owners);
    for (let trial = 0; trial < TRIALS; trial += 1) {
      const expert = availableExpert(owners, `race-inv-dep-${trial}`);
      const a = await planActivity(subgraph, action.id, daysFromToday(300 + 3 * trial), daysFromToday(301 + 3 * trial));
      const b = await planActivity(subgraph, action.id, daysFromToday(301 + 3 * trial));
      const [invited, deployed] = await Promise.all([invite(a.id, expert), subgraph.execute<any>(DEPLOY, { activityId: b.id, expertId: expert }, officer)]);
      expect([invited.errors, deployed.errors].filter((errors) => !errors)).toHaveLength(1);
      const [{ n }] = await query(
        `SELECT (SELECT COUNT(*) FROM invitation WHERE expert_id = ? AND status = 'INVITED') + (SELECT COUNT(*) FROM deployment WHERE expert_id = ? AND status = 'ACTIVE') AS n`,
        [expert, expert],
      );
      expect(Number(n)).toBe(1);
    }
  });
});

/** Each race below makes every call read the invitation before any call writes it (raceOnRow). */
describe('compare-and-set on every move of an invitation, under forced races', () => {
  it('of acceptances, refusals and withdrawals at once, exactly one applies, with one event and at most one deployment', async () => {
    const action = await createAction(subgraph, owners);
    const expert = availableExpert(owners, 'race-answers');
    const activity = await planActivity(subgraph, action.id, daysFromToday(400));
    const invitation = (await invite(activity.id, expert)).data.inviteExpert;
    const accept = () => subgraph.execute<any>(RESPOND, { id: invitation.id, accept: true }, expertOf(expert));
    const decline = () => subgraph.execute<any>(RESPOND, { id: invitation.id, accept: false }, expertOf(expert));
    const withdraw = () => subgraph.execute<any>(WITHDRAW, { id: invitation.id }, officer);
    const results = await raceOnRow(subgraph, 'invitation', invitation.id, [accept, decline, withdraw, accept, decline, withdraw]);
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    const final = (winners[0].data.respondToInvitation ?? winners[0].data.withdrawInvitation).status;
    expect((await query(`SELECT status FROM invitation WHERE id = ?`, [invitation.id]))[0].status).toBe(final);
    for (const loser of results.filter((r) => r.errors)) expect(loser.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentStatus: final });
    expect(await types(invitation.id)).toHaveLength(2);
    const deployments = await query(`SELECT id FROM deployment WHERE invitation_id = ?`, [invitation.id]);
    expect(deployments).toHaveLength(final === 'ACCEPTED' ? 1 : 0);
  });

  it('of six acceptances at once, one makes the deployment', async () => {
    const action = await createAction(subgraph, owners);
    const expert = availableExpert(owners, 'race-accepts');
    const invitation = (await invite((await planActivity(subgraph, action.id, daysFromToday(410))).id, expert)).data.inviteExpert;
    const accept = () => subgraph.execute<any>(RESPOND, { id: invitation.id, accept: true }, expertOf(expert));
    const results = await raceOnRow(
      subgraph,
      'invitation',
      invitation.id,
      Array.from({ length: 6 }, () => accept),
    );
    expect(results.filter((r) => !r.errors).map((r) => r.data.respondToInvitation.status)).toEqual(['ACCEPTED']);
    expect(await query(`SELECT status FROM deployment WHERE expert_id = ?`, [expert])).toEqual([{ status: 'ACTIVE' }]);
    expect(await types(invitation.id)).toEqual(['ExpertInvited', 'InvitationAccepted']);
  });

  it('of answers and sweeps at once on a lapsed invitation, EXPIRED is written once and every answer refused', async () => {
    const action = await createAction(subgraph, owners);
    const expert = availableExpert(owners, 'race-lapsed');
    const invitation = (await invite((await planActivity(subgraph, action.id, daysFromToday(420))).id, expert)).data.inviteExpert;
    await query(`UPDATE invitation SET expires_at = ? WHERE id = ?`, [new Date(Date.now() - 1000), invitation.id]);
    const accept = () => subgraph.execute<any>(RESPOND, { id: invitation.id, accept: true }, expertOf(expert));
    const decline = () => subgraph.execute<any>(RESPOND, { id: invitation.id, accept: false }, expertOf(expert));
    const sweep = () => subgraph.execute<any>(`mutation { expireInvitations }`, {}, officer);
    const results = await raceOnRow(subgraph, 'invitation', invitation.id, [accept, sweep, decline, sweep, accept, decline]);
    for (const answer of [0, 2, 4, 5].map((i) => results[i])) expect(answer.errors?.[0].extensions?.reason).toBe('INVITATION_EXPIRED');
    // A sweep counts the expiry it wrote: one at most, none when an answer wrote it first.
    expect(results[1].data.expireInvitations + results[3].data.expireInvitations).toBeLessThanOrEqual(1);
    expect(await types(invitation.id)).toEqual(['ExpertInvited', 'InvitationExpired']);
    expect(await query(`SELECT id FROM deployment WHERE expert_id = ?`, [expert])).toEqual([]);
  });
});
