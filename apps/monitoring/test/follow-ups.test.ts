import { outboxEvents } from '@mieux/service-kit/testing';
import { analyst, officer, servicesForTests } from './fixtures';

/** Follow-ups of closed Actions, against the real actions service with the demo portfolio. */
const services = servicesForTests();

const RECORD = `mutation($a: ID!, $input: FollowUpInput!) { recordFollowUp(actionId: $a, input: $input) { monthsAfter date policyAdopted practiceInUse note } }`;
const READ = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Action { sustained followUps { monthsAfter policyAdopted practiceInUse } } } }`;
const record = (actionId: string, input: Record<string, unknown>, who = officer) => services.subgraph.execute<any>(RECORD, { a: actionId, input }, who);
const read = async (actionId: string) =>
  (await services.subgraph.execute<any>(READ, { r: [{ __typename: 'Action', id: actionId }] }, analyst)).data._entities[0];

/** The demo's Actions with their statuses, as the actions service answers. */
async function actionsByStatus(status: string): Promise<string[]> {
  const answer = await services.actions.service.query<any>(`{ actions(first: 100) { edges { node { id status } } } }`, {}, officer);
  return answer.data.actions.edges.filter((e: any) => e.node.status === status).map((e: any) => e.node.id);
}

describe('the follow-up of a closed Action', () => {
  it('is recorded at so many months, replaced at the same month, and tells whether its results lasted by the latest', async () => {
    const [actionId] = await actionsByStatus('CLOSED');
    expect(await read(actionId)).toEqual({ sustained: null, followUps: [] });
    const six = await record(actionId, { monthsAfter: 6, date: '2024-06-30', policyAdopted: true, practiceInUse: true, note: 'Policy gazetted' });
    expect(six.data.recordFollowUp).toEqual({ monthsAfter: 6, date: '2024-06-30', policyAdopted: true, practiceInUse: true, note: 'Policy gazetted' });
    await record(actionId, { monthsAfter: 12, date: '2024-12-31', policyAdopted: false, practiceInUse: true });
    expect(await read(actionId)).toEqual({
      sustained: true,
      followUps: [
        { monthsAfter: 6, policyAdopted: true, practiceInUse: true },
        { monthsAfter: 12, policyAdopted: false, practiceInUse: true },
      ],
    });
    await record(actionId, { monthsAfter: 12, date: '2025-01-15', policyAdopted: false, practiceInUse: false });
    expect((await read(actionId)).sustained).toBe(false);
    const events = (await outboxEvents(services.subgraph.database, actionId)).filter((e) => e.type === 'FollowUpRecorded').map((e) => e.payload);
    expect(events).toEqual([
      { actionId, monthsAfter: 6, date: '2024-06-30', policyAdopted: true, practiceInUse: true },
      { actionId, monthsAfter: 12, date: '2024-12-31', policyAdopted: false, practiceInUse: true },
      { actionId, monthsAfter: 12, date: '2025-01-15', policyAdopted: false, practiceInUse: false },
    ]);
  });

  it('is refused before the Action is closed, out of 1 to 60 months, in the future, and to anyone but a project officer', async () => {
    const [open] = await actionsByStatus('IN_IMPLEMENTATION');
    const [closed] = await actionsByStatus('CLOSED');
    const input = { monthsAfter: 6, date: '2024-06-30', policyAdopted: true, practiceInUse: true };
    expect((await record(open, input)).errors?.[0]).toMatchObject({
      message: 'Invalid input: actionId: the Action is IN_IMPLEMENTATION; follow-ups are recorded once it is CLOSED',
      extensions: { code: 'BAD_USER_INPUT', field: 'actionId' },
    });
    expect((await record(closed, { ...input, monthsAfter: 0 })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.monthsAfter' });
    expect((await record(closed, { ...input, date: '2999-01-01' })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.date' });
    expect((await record(closed, input, analyst)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await read(open)).toEqual({ sustained: null, followUps: [] });
  });
});
