import { outboxEvents } from '@mieux/service-kit/testing';
import { analyst, officer, servicesForTests } from './fixtures';

/** A result names the activities of its Action that contributed to it, against the real actions service. */
const services = servicesForTests();

const RECORD = `mutation($a: ID!, $ids: [ID!]) {
  recordResult(actionId: $a, input: { type: HANDBOOK, status: DRAFTED, title: "Labour inspection handbook", date: "2024-03-01", activityIds: $ids }) { id activities { id } } }`;
const UPDATE = `mutation($id: ID!, $ids: [ID!]) { updateResult(id: $id, input: { activityIds: $ids }) { id activities { id } } }`;
const READ = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Action { results { id activities { id } } } } }`;

describe('the activities that contributed to a result', () => {
  it('are named when the result is recorded, replaced when corrected, read with the Action, and carried by its events', async () => {
    const [[actionId, [first, second]]] = [...services.actions.heldByAction];
    const recorded = await services.subgraph.execute<any>(RECORD, { a: actionId, ids: [second.id, first.id, second.id] }, officer);
    if (!recorded.data) throw new Error(JSON.stringify(recorded.errors));
    const id = recorded.data.recordResult.id;
    const both = [first.id, second.id].sort().map((a) => ({ id: a }));
    expect(recorded.data.recordResult.activities).toEqual(both);
    const read = async () =>
      (await services.subgraph.execute<any>(READ, { r: [{ __typename: 'Action', id: actionId }] }, analyst)).data._entities[0].results.find(
        (r: any) => r.id === id,
      );
    expect(await read()).toEqual({ id, activities: both });
    expect((await services.subgraph.execute<any>(UPDATE, { id, ids: [first.id] }, officer)).data.updateResult.activities).toEqual([{ id: first.id }]);
    // A correction that does not name them keeps them.
    await services.subgraph.execute<any>(`mutation($id: ID!) { updateResult(id: $id, input: { title: "Handbook" }) { id } }`, { id }, officer);
    expect(await read()).toEqual({ id, activities: [{ id: first.id }] });
    const events = (await outboxEvents(services.subgraph.database, actionId)).filter((e) => (e.payload as any).resultId === id);
    expect(events.map((e) => [e.type, (e.payload as any).activityIds])).toEqual([
      ['ResultRecorded', [second.id, first.id]],
      ['ResultUpdated', [first.id]],
      ['ResultUpdated', [first.id]],
    ]);
  });

  it("refuses another Action's activity and a cancelled one, naming input.activityIds, and records nothing", async () => {
    const [[actionId, [own]], [, [foreign]]] = [...services.actions.heldByAction];
    const other = await services.subgraph.execute<any>(RECORD, { a: actionId, ids: [own.id, foreign.id] }, officer);
    expect(other.errors?.[0]).toMatchObject({
      message: `input.activityIds names activities that are not the Action's: ${foreign.id}`,
      extensions: { code: 'BAD_USER_INPUT', field: 'input.activityIds' },
    });
    const cancelled = services.actions.cancelled;
    const withCancelled = await services.subgraph.execute<any>(RECORD, { a: cancelled.actionId, ids: [cancelled.id] }, officer);
    expect(withCancelled.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.activityIds' });
    expect(
      Number((await services.subgraph.database.dataSource.query('SELECT COUNT(*) AS n FROM result WHERE title = ?', ['Labour inspection handbook']))[0].n),
    ).toBe(0);
  });
});
