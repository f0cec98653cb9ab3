import { daysFromToday, outboxEvents } from '@mieux/service-kit/testing';
import {
  DEPLOY,
  INVITE,
  RESPOND,
  SET_STATUS,
  TOR,
  WITHDRAW,
  analyst,
  availableExpert,
  createAction,
  expertOf,
  invite as inviteBy,
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

const invite = (activityId: string, expertId: string, override?: { reason: string }) => inviteBy(subgraph, activityId, expertId, override);
const respond = (id: string, expertId: string, accept: boolean, reason?: string) => subgraph.execute<any>(RESPOND, { id, accept, reason }, expertOf(expertId));
const invited = async (activityId: string, expertId: string) => {
  const result = await invite(activityId, expertId);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data.inviteExpert;
};
const facts = async (aggregateId: string) => (await outboxEvents(subgraph.database, aggregateId)).map((event) => [event.type, event.payload]);
const MY_INVITATIONS = `query($status: [InvitationStatus!]) { myInvitations(status: $status) { totalCount edges { node {
  id status role termsOfReference expiresAt activity { id title startsOn endsOn countryCode city online } } } } }`;
const ACTIVITY_INVITATIONS = `query($id: ID!) { activity(id: $id) { invitations { totalCount edges { node { id status expert { id } reason } } } } }`;
/** Moves an invitation's expiry into the past, as time passing would. */
const lapse = (id: string) => subgraph.database.dataSource.query(`UPDATE invitation SET expires_at = ? WHERE id = ?`, [new Date(Date.now() - 1000), id]);

describe('inviting an expert', () => {
  it('holds the invitation for the expert, who reads it with the activity’s dates, place, role and terms of reference', async () => {
    const expert = availableExpert(owners, 'inv-reader');
    const action = await createAction(subgraph, owners);
    const activity = await planActivity(subgraph, action.id, daysFromToday(40), daysFromToday(42));
    const invitation = await invited(activity.id, expert);
    expect(invitation).toMatchObject({ status: 'INVITED', role: 'EXPERT', termsOfReference: TOR, availabilityOverrideReason: null, expert: { id: expert } });
    // A week to answer by default (INVITATION_TTL_HOURS).
    expect(Date.parse(invitation.expiresAt) - Date.parse(invitation.invitedAt)).toBe(168 * 3600 * 1000);
    const mine = (await subgraph.execute<any>(MY_INVITATIONS, {}, expertOf(expert))).data.myInvitations;
    expect(mine.totalCount).toBe(1);
    expect(mine.edges[0].node).toMatchObject({
      id: invitation.id,
      status: 'INVITED',
      termsOfReference: TOR,
      activity: { id: activity.id, startsOn: daysFromToday(40), endsOn: daysFromToday(42), countryCode: 'SN', city: 'Dakar', online: false },
    });
    // The invited expert reads the activity itself; another expert does not see the invitation.
    expect((await subgraph.execute<any>(`query($id: ID!) { activity(id: $id) { id } }`, { id: activity.id }, expertOf(expert))).data.activity).toEqual({
      id: activity.id,
    });
    expect((await subgraph.execute<any>(MY_INVITATIONS, {}, expertOf('inv-someone-else'))).data.myInvitations.totalCount).toBe(0);
    expect((await facts(invitation.id)).map(([type]) => type)).toEqual(['ExpertInvited']);
    const [[, payload]] = await facts(invitation.id);
    expect(payload).toEqual({
      invitationId: invitation.id,
      activityId: activity.id,
      expertId: expert,
      role: 'EXPERT',
      startsOn: daysFromToday(40),
      endsOn: daysFromToday(42),
      expiresAt: invitation.expiresAt,
      outsideAvailability: false,
    });
  });

  it('lapses at the end of the activity’s first day, if that comes before its time to answer, and is refused after it', async () => {
    const expert = availableExpert(owners, 'inv-soon');
    const action = await createAction(subgraph, owners);
    const soon = await planActivity(subgraph, action.id, daysFromToday(2));
    expect((await invited(soon.id, expert)).expiresAt).toBe(`${daysFromToday(3)}T00:00:00.000Z`);
    const begun = await planActivity(subgraph, action.id, daysFromToday(-1), daysFromToday(3));
    const refused = (await invite(begun.id, availableExpert(owners, 'inv-late'))).errors?.[0];
    expect(refused).toMatchObject({ extensions: { code: 'CONFLICT', reason: 'ACTIVITY_BEGUN', messages: { FR: expect.stringContaining('après coup') } } });
  });

  it('refuses dates outside the expert’s availability without an override, in EN and FR, and keeps the override’s reason', async () => {
    const expert = availableExpert(owners, 'inv-busy-summer', daysFromToday(100), daysFromToday(200));
    const action = await createAction(subgraph, owners);
    const activity = await planActivity(subgraph, action.id, daysFromToday(50), daysFromToday(51));
    const refused = (await invite(activity.id, expert)).errors?.[0];
    expect(refused).toMatchObject({
      message: `The expert has not declared themselves available from ${daysFromToday(50)} to ${daysFromToday(51)}; invite them with overrideAvailability and a reason`,
      extensions: { code: 'CONFLICT', reason: 'OUTSIDE_AVAILABILITY', messages: { FR: expect.stringMatching(/^L'expert ne s'est pas déclaré disponible/) } },
    });
    expect((await invite(activity.id, expert, { reason: '  ' })).errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'overrideAvailability.reason' },
    });
    const overridden = (await invite(activity.id, expert, { reason: 'Agreed with the expert by phone' })).data.inviteExpert;
    expect(overridden).toMatchObject({ status: 'INVITED', availabilityOverrideReason: 'Agreed with the expert by phone' });
    expect((await facts(overridden.id))[0][1]).toMatchObject({ outsideAvailability: true });
  });

  it('refuses an inactive or unknown expert, an empty terms of reference, and any caller but a project officer', async () => {
    owners.experts.set('inv-inactive', 'INACTIVE');
    const action = await createAction(subgraph, owners);
    const activity = await planActivity(subgraph, action.id, daysFromToday(60));
    expect((await invite(activity.id, 'inv-inactive')).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', expertStatus: 'INACTIVE' });
    expect((await invite(activity.id, 'inv-unknown')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const blank = await subgraph.execute<any>(INVITE, { activityId: activity.id, expertId: availableExpert(owners, 'inv-blank'), tor: ' ' }, officer);
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'termsOfReference' });
    expect((await subgraph.execute<any>(INVITE, { activityId: activity.id, expertId: 'inv-blank', tor: TOR }, analyst)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
  });
});

describe('the invitation holds the expert’s dates', () => {
  it('against another invitation and a direct deployment, until it is declined', async () => {
    const expert = availableExpert(owners, 'inv-holds');
    const action = await createAction(subgraph, owners);
    const first = await planActivity(subgraph, action.id, daysFromToday(70), daysFromToday(72));
    const overlapping = await planActivity(subgraph, action.id, daysFromToday(72), daysFromToday(73));
    const invitation = await invited(first.id, expert);
    const again = (await invite(overlapping.id, expert)).errors?.[0];
    expect(again).toMatchObject({ extensions: { code: 'CONFLICT', reason: 'DATES_HELD_BY_INVITATION', invitationId: invitation.id } });
    expect((await subgraph.execute<any>(DEPLOY, { activityId: overlapping.id, expertId: expert }, officer)).errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      invitationId: invitation.id,
    });
    // Matching leaves out the expert whose dates the invitation holds.
    const busy = await subgraph.execute<any>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Activity { busyExpertIds } } }`,
      {
        r: [{ __typename: 'Activity', id: overlapping.id }],
      },
      officer,
    );
    expect(busy.data._entities[0].busyExpertIds).toContain(expert);
    const declined = (await respond(invitation.id, expert, false, 'On mission abroad')).data.respondToInvitation;
    expect(declined).toMatchObject({ status: 'DECLINED', reason: 'On mission abroad', deployment: null });
    expect((await facts(invitation.id)).at(-1)).toEqual(['InvitationDeclined', { invitationId: invitation.id, activityId: first.id, expertId: expert }]);
    expect((await invite(overlapping.id, expert)).data.inviteExpert.status).toBe('INVITED');
  });
});

describe('the expert’s answer', () => {
  it('accepted, makes the ACTIVE deployment, with its events in the same transaction', async () => {
    const expert = availableExpert(owners, 'inv-accepts');
    const action = await createAction(subgraph, owners);
    const activity = await planActivity(subgraph, action.id, daysFromToday(80));
    const invitation = await invited(activity.id, expert);
    const accepted = (await respond(invitation.id, expert, true)).data.respondToInvitation;
    expect(accepted).toMatchObject({ status: 'ACCEPTED', deployment: { status: 'ACTIVE', role: 'EXPERT', invitation: { id: invitation.id } } });
    expect((await facts(invitation.id)).map(([type]) => type)).toEqual(['ExpertInvited', 'InvitationAccepted']);
    expect((await facts(accepted.deployment.id)).map(([type]) => type)).toEqual(['ExpertDeployed']);
    const deployments = `query($id: ID!) { activity(id: $id) { deployments { edges { node { id status expert { id } } } } } }`;
    expect((await subgraph.execute<any>(deployments, { id: activity.id }, officer)).data.activity.deployments.edges).toEqual([
      { node: { id: accepted.deployment.id, status: 'ACTIVE', expert: { id: expert } } },
    ]);
    // Answered once: a second answer names where it is.
    expect((await respond(invitation.id, expert, false)).errors?.[0]).toMatchObject({
      message: 'Invitation is ACCEPTED; it is final, not DECLINED',
      extensions: { code: 'CONFLICT', currentStatus: 'ACCEPTED' },
    });
  });

  it('is the invited expert’s only: another expert gets NOT_FOUND, an officer FORBIDDEN', async () => {
    const expert = availableExpert(owners, 'inv-own');
    const action = await createAction(subgraph, owners);
    const invitation = await invited((await planActivity(subgraph, action.id, daysFromToday(85))).id, expert);
    expect((await respond(invitation.id, 'inv-intruder', true)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await subgraph.execute<any>(RESPOND, { id: invitation.id, accept: true }, officer)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('is refused once the expert left the roster', async () => {
    const expert = availableExpert(owners, 'inv-leaves');
    const action = await createAction(subgraph, owners);
    const invitation = await invited((await planActivity(subgraph, action.id, daysFromToday(86))).id, expert);
    owners.experts.set(expert, 'INACTIVE');
    expect((await respond(invitation.id, expert, true)).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', expertStatus: 'INACTIVE' });
    expect((await subgraph.database.dataSource.query(`SELECT status FROM invitation WHERE id = ?`, [invitation.id]))[0].status).toBe('INVITED');
  });
});

describe('expiry', () => {
  it('reads EXPIRED once due, refuses the answer in EN and FR, writes EXPIRED once with its event, and frees the dates', async () => {
    const expert = availableExpert(owners, 'inv-lapses');
    const action = await createAction(subgraph, owners);
    const activity = await planActivity(subgraph, action.id, daysFromToday(90));
    const invitation = await invited(activity.id, expert);
    await lapse(invitation.id);
    // Read as EXPIRED before anything writes it.
    const mine = (await subgraph.execute<any>(MY_INVITATIONS, { status: ['EXPIRED'] }, expertOf(expert))).data.myInvitations;
    expect(mine.edges.map((e: any) => e.node.id)).toEqual([invitation.id]);
    const refused = (await respond(invitation.id, expert, true)).errors?.[0];
    expect(refused).toMatchObject({
      message: expect.stringMatching(/^This invitation expired on .* UTC without an answer; the project officer may invite you again$/),
      extensions: { code: 'CONFLICT', reason: 'INVITATION_EXPIRED', messages: { FR: expect.stringMatching(/^Cette invitation a expiré le/) } },
    });
    expect((await subgraph.database.dataSource.query(`SELECT status FROM invitation WHERE id = ?`, [invitation.id]))[0].status).toBe('EXPIRED');
    expect((await respond(invitation.id, expert, false)).errors?.[0].extensions?.reason).toBe('INVITATION_EXPIRED');
    expect((await facts(invitation.id)).map(([type]) => type)).toEqual(['ExpertInvited', 'InvitationExpired']);
    expect((await invite(activity.id, expert)).data.inviteExpert.status).toBe('INVITED');
  });

  it('is written by the sweep for every invitation due, once', async () => {
    const expert = availableExpert(owners, 'inv-swept');
    const action = await createAction(subgraph, owners);
    const due = await invited((await planActivity(subgraph, action.id, daysFromToday(95))).id, expert);
    const waiting = await invited((await planActivity(subgraph, action.id, daysFromToday(97))).id, expert);
    await lapse(due.id);
    const SWEEP = `mutation { expireInvitations }`;
    expect((await subgraph.execute<any>(SWEEP, {}, officer)).data.expireInvitations).toBeGreaterThanOrEqual(1);
    expect((await subgraph.execute<any>(SWEEP, {}, officer)).data.expireInvitations).toBe(0);
    expect((await facts(due.id)).map(([type]) => type)).toEqual(['ExpertInvited', 'InvitationExpired']);
    expect((await facts(waiting.id)).map(([type]) => type)).toEqual(['ExpertInvited']);
  });
});

describe('the officer’s side', () => {
  it('lists an activity’s invitations and withdraws one still waiting, only once', async () => {
    const expert = availableExpert(owners, 'inv-withdrawn');
    const action = await createAction(subgraph, owners);
    const activity = await planActivity(subgraph, action.id, daysFromToday(110));
    const invitation = await invited(activity.id, expert);
    const withdrawn = (await subgraph.execute<any>(WITHDRAW, { id: invitation.id, reason: 'The partner changed the agenda' }, officer)).data.withdrawInvitation;
    expect(withdrawn).toEqual({ id: invitation.id, status: 'WITHDRAWN', reason: 'The partner changed the agenda' });
    expect((await subgraph.execute<any>(WITHDRAW, { id: invitation.id }, officer)).errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT', currentStatus: 'WITHDRAWN' },
    });
    expect((await respond(invitation.id, expert, true)).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentStatus: 'WITHDRAWN' });
    const listed = (await subgraph.execute<any>(ACTIVITY_INVITATIONS, { id: activity.id }, officer)).data.activity.invitations;
    expect(listed).toEqual({
      totalCount: 1,
      edges: [{ node: { id: invitation.id, status: 'WITHDRAWN', expert: { id: expert }, reason: 'The partner changed the agenda' } }],
    });
    const asAnalyst = await subgraph.execute<any>(ACTIVITY_INVITATIONS, { id: activity.id }, analyst);
    expect(asAnalyst.data.activity.invitations).toBeNull();
    expect(asAnalyst.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await facts(invitation.id)).at(-1)).toEqual([
      'InvitationWithdrawn',
      { invitationId: invitation.id, activityId: activity.id, expertId: expert, reason: 'WITHDRAWN' },
    ]);
  });

  it('withdraws the waiting invitations of a cancelled activity and of an expert leaving the roster', async () => {
    const expert = availableExpert(owners, 'inv-released');
    const action = await createAction(subgraph, owners);
    const cancelled = await invited((await planActivity(subgraph, action.id, daysFromToday(120))).id, expert);
    const leaving = await invited((await planActivity(subgraph, action.id, daysFromToday(125))).id, expert);
    await subgraph.execute(SET_STATUS, { id: cancelled.activity.id, status: 'CANCELLED' }, officer);
    expect((await facts(cancelled.id)).at(-1)).toMatchObject(['InvitationWithdrawn', { reason: 'ACTIVITY_CANCELLED' }]);
    await subgraph.execute(`mutation($e: ID!) { endFutureDeployments(expertId: $e) { id } }`, { e: expert }, expertOf(expert));
    expect((await facts(leaving.id)).at(-1)).toMatchObject(['InvitationWithdrawn', { reason: 'EXPERT_LEFT' }]);
  });

  it('moves a waiting invitation with its rescheduled activity, refusing dates the expert has taken', async () => {
    const expert = availableExpert(owners, 'inv-moves');
    const action = await createAction(subgraph, owners);
    const activity = await planActivity(subgraph, action.id, daysFromToday(130));
    const elsewhere = await planActivity(subgraph, action.id, daysFromToday(140));
    const invitation = await invited(activity.id, expert);
    await subgraph.execute(DEPLOY, { activityId: elsewhere.id, expertId: expert }, officer);
    const UPDATE = `mutation($id: ID!, $on: Date!) { updateActivity(id: $id, input: { startsOn: $on, endsOn: $on, reason: "Moved" }) { startsOn } }`;
    expect((await subgraph.execute<any>(UPDATE, { id: activity.id, on: daysFromToday(140) }, officer)).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await subgraph.execute<any>(UPDATE, { id: activity.id, on: daysFromToday(135) }, officer)).errors).toBeUndefined();
    const [row] = await subgraph.database.dataSource.query(`SELECT starts_on, ends_on FROM invitation WHERE id = ?`, [invitation.id]);
    expect([row.starts_on, row.ends_on]).toEqual([daysFromToday(135), daysFromToday(135)]);
  });
});

describe('an activity already held', () => {
  const RECORD = `mutation($a: ID!, $e: ID!, $reason: String!) { recordPastDeployment(activityId: $a, expertId: $e, role: LEAD_EXPERT, reason: $reason) {
    id status role recordedReason invitation { id } } }`;

  it('takes no invitation, and records an expert who took part after the fact, with the reason', async () => {
    const expert = availableExpert(owners, 'inv-past');
    const action = await createAction(subgraph, owners);
    const activity = await planActivity(subgraph, action.id, daysFromToday(-10), daysFromToday(-9));
    const other = await planActivity(subgraph, action.id, daysFromToday(-20));
    expect((await subgraph.execute<any>(RECORD, { a: activity.id, e: expert, reason: 'Stood in at short notice' }, officer)).errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT', currentStatus: 'PLANNED' },
    });
    await subgraph.execute(SET_STATUS, { id: activity.id, status: 'HELD' }, officer);
    expect((await invite(activity.id, expert)).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentStatus: 'HELD' });
    expect((await subgraph.execute<any>(RECORD, { a: activity.id, e: expert, reason: ' ' }, officer)).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    const recorded = (await subgraph.execute<any>(RECORD, { a: activity.id, e: expert, reason: 'Stood in at short notice' }, officer)).data
      .recordPastDeployment;
    expect(recorded).toMatchObject({ status: 'ACTIVE', role: 'LEAD_EXPERT', recordedReason: 'Stood in at short notice', invitation: null });
    expect((await facts(recorded.id)).map(([type]) => type)).toEqual(['ExpertDeployed']);
    // An expert paused on the roster since may be recorded; one refused never.
    owners.experts.set('inv-paused', 'INACTIVE');
    owners.experts.set('inv-refused', 'REFUSED');
    await subgraph.execute(SET_STATUS, { id: other.id, status: 'HELD' }, officer);
    expect((await subgraph.execute<any>(RECORD, { a: other.id, e: 'inv-paused', reason: 'Took part' }, officer)).data.recordPastDeployment.status).toBe(
      'ACTIVE',
    );
    expect((await subgraph.execute<any>(RECORD, { a: other.id, e: 'inv-refused', reason: 'Took part' }, officer)).errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      expertStatus: 'REFUSED',
    });
  });
});
