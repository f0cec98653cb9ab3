import { daysFromToday, outboxEvents, relayToNats, whileOutboxRefuses, type NatsReader } from '@mieux/service-kit/testing';
import { createAction, DEPLOY, officer, planActivity, SET_STATUS, startActions, startOwners, type Owners, type Subgraph } from './fixtures';

let owners: Owners;
let subgraph: Subgraph;
let nats: NatsReader;
beforeAll(async () => {
  owners = await startOwners();
  subgraph = await startActions(owners);
  nats = await relayToNats(subgraph);
  for (const id of ['expert-a', 'expert-b', 'expert-c']) owners.experts.set(id, 'ACTIVE');
});
afterAll(async () => {
  await nats?.close();
  await subgraph?.close();
  await owners?.stub.close();
});

async function run(query: string, variables: Record<string, unknown>) {
  const answer = await subgraph.execute<any>(query, variables, officer);
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return answer.data;
}
const facts = async (aggregateId: string) => (await outboxEvents(subgraph.database, aggregateId)).map((event) => [event.type, event.payload]);

describe("the actions service's events", () => {
  it('are written with each change of an Action, its activities and deployments, in the transaction that makes it', async () => {
    const action = await createAction(subgraph, owners, { approvedOn: '2023-11-30' });
    const activity = await planActivity(subgraph, action.id, '2027-06-01', '2027-06-03');
    const { deployExpert: kept } = await run(DEPLOY, { activityId: activity.id, expertId: 'expert-a' });
    const { deployExpert: cancelled } = await run(DEPLOY, { activityId: activity.id, expertId: 'expert-b' });
    await run(`mutation($id: ID!) { cancelDeployment(id: $id) { status } }`, { id: cancelled.id });
    await run(SET_STATUS, { id: activity.id, status: 'CANCELLED' });

    expect(await facts(action.id)).toEqual([
      [
        'ActionCreated',
        {
          actionId: action.id,
          requestId: expect.any(String),
          reference: action.reference,
          beneficiaryCode: 'SN',
          region: 'AFRICA',
          thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'],
          status: 'PLANNED',
          approvedOn: '2023-11-30',
        },
      ],
    ]);
    const where = { activityId: activity.id, actionId: action.id };
    expect(await facts(activity.id)).toEqual([
      [
        'ActivityPlanned',
        {
          ...where,
          startsOn: '2027-06-01',
          endsOn: '2027-06-03',
          status: 'PLANNED',
          type: 'INFORMATION_EXCHANGE',
          countryCode: 'SN',
          workingLanguages: ['fr'],
        },
      ],
      ['ActivityStatusChanged', { ...where, from: 'PLANNED', to: 'CANCELLED' }],
    ]);
    const deployed = { activityId: activity.id, role: 'EXPERT', startsOn: '2027-06-01', endsOn: '2027-06-03' };
    expect(await facts(cancelled.id)).toEqual([
      ['ExpertDeployed', { deploymentId: cancelled.id, expertId: 'expert-b', ...deployed }],
      ['DeploymentCancelled', { deploymentId: cancelled.id, activityId: activity.id, expertId: 'expert-b', reason: 'CANCELLED' }],
    ]);
    // Released with its activity: the cancellation says why.
    expect(await facts(kept.id)).toEqual([
      ['ExpertDeployed', { deploymentId: kept.id, expertId: 'expert-a', ...deployed }],
      ['DeploymentCancelled', { deploymentId: kept.id, activityId: activity.id, expertId: 'expert-a', reason: 'ACTIVITY_CANCELLED' }],
    ]);
  });

  it('say an Action moves and closes, and which deployments end when their expert leaves the roster', async () => {
    const action = await createAction(subgraph, owners);
    const past = await planActivity(subgraph, action.id, daysFromToday(-3));
    const ahead = await planActivity(subgraph, action.id, daysFromToday(30));
    await run(DEPLOY, { activityId: past.id, expertId: 'expert-c' });
    const { deployExpert: future } = await run(DEPLOY, { activityId: ahead.id, expertId: 'expert-c' });
    await run(`mutation($e: ID!) { endFutureDeployments(expertId: $e) { id } }`, { e: 'expert-c' });
    expect((await facts(future.id)).at(-1)).toEqual(['DeploymentEnded', { deploymentId: future.id, activityId: ahead.id, expertId: 'expert-c' }]);

    await run(SET_STATUS, { id: past.id, status: 'HELD' });
    await run(SET_STATUS, { id: ahead.id, status: 'CANCELLED' });
    owners.finalEvaluations.set(action.id, daysFromToday(0));
    await run(`mutation($id: ID!) { closeAction(id: $id) { status } }`, { id: action.id });
    expect((await facts(action.id)).slice(1)).toEqual([
      ['ActionStatusChanged', { actionId: action.id, from: 'PLANNED', to: 'IN_IMPLEMENTATION' }],
      ['ActionStatusChanged', { actionId: action.id, from: 'IN_IMPLEMENTATION', to: 'COMPLETED' }],
      ['ActionClosed', { actionId: action.id, from: 'COMPLETED' }],
    ]);
  });

  it('say an activity moved to new dates or works in other languages, and nothing of a correction that keeps them', async () => {
    const action = await createAction(subgraph, owners);
    const activity = await planActivity(subgraph, action.id, '2027-10-01', '2027-10-02');
    const UPDATE = `mutation($id: ID!, $input: ActivityCorrectionInput!) { updateActivity(id: $id, input: $input) { id } }`;
    await run(UPDATE, { id: activity.id, input: { title: 'Kick-off workshop, second edition', reason: 'Clearer title' } });
    await run(UPDATE, { id: activity.id, input: { startsOn: '2027-10-05', endsOn: '2027-10-06', reason: 'The ministry asked' } });
    await run(UPDATE, { id: activity.id, input: { workingLanguages: ['fr', 'en'], reason: 'Anglophone participants' } });
    await run(UPDATE, { id: activity.id, input: { workingLanguages: ['fr', 'en'], reason: 'The same' } });
    expect((await facts(activity.id)).map(([type, payload]) => [type, type === 'ActivityPlanned' ? null : payload])).toEqual([
      ['ActivityPlanned', null],
      ['ActivityRescheduled', { activityId: activity.id, actionId: action.id, startsOn: '2027-10-05', endsOn: '2027-10-06' }],
      ['ActivityLanguagesChanged', { activityId: activity.id, actionId: action.id, workingLanguages: ['fr', 'en'] }],
    ]);
  });

  it('commit with their change or not at all: a refused change writes none, an event that cannot be written undoes its change', async () => {
    const action = await createAction(subgraph, owners);
    const activity = await planActivity(subgraph, action.id, '2027-09-01');
    const refused = await subgraph.execute(SET_STATUS, { id: activity.id, status: 'PLANNED' }, officer);
    expect(refused.errors?.[0].extensions?.code).toBe('CONFLICT');
    const failed = await whileOutboxRefuses(subgraph.database, 'ExpertDeployed', () =>
      subgraph.execute(DEPLOY, { activityId: activity.id, expertId: 'expert-a' }, officer),
    );
    expect(failed.errors).toHaveLength(1);
    expect(await subgraph.database.dataSource.query('SELECT id FROM deployment WHERE activity_id = ?', [activity.id])).toEqual([]);
    expect((await facts(activity.id)).map(([type]) => type)).toEqual(['ActivityPlanned']);
  });

  it('arrive on the NATS server, each once, in the order written', async () => {
    const written = await outboxEvents(subgraph.database);
    const arrived = await nats.read(written.length);
    expect(arrived.map((event) => event.id)).toEqual(written.map((event) => event.id));
  });
});
