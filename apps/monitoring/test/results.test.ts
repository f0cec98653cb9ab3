import { emptyPortfolioFacts, foldPortfolioEvent, isMigrationPolicySupported, type ResultType } from '@mieux/domain';
import { daysFromToday, outboxEvents } from '@mieux/service-kit/testing';
import { analyst, anonymous, officer, servicesForTests } from './fixtures';

/** Results corrected and adopted on their own record, against the real actions service. */
const services = servicesForTests();

const RECORD = `mutation($a: ID!, $type: ResultType!, $status: ResultStatus!, $date: Date!) {
  recordResult(actionId: $a, input: { type: $type, status: $status, title: "Labour migration strategy (draft)", date: $date }) { id } }`;
const UPDATE = `mutation($id: ID!, $input: ResultCorrectionInput!) { updateResult(id: $id, input: $input) { id type status title date } }`;
const record = async (actionId: string, type: string, status: string, date: string): Promise<string> =>
  (await services.subgraph.execute<any>(RECORD, { a: actionId, type, status, date }, officer)).data.recordResult.id;
const update = (id: string, input: Record<string, unknown>, who = officer) => services.subgraph.execute<any>(UPDATE, { id, input }, who);
/** The Action's results, and the policies it supported as the portfolio counts them from the events the service wrote. */
async function resultsAndPolicies(actionId: string) {
  const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Action { results { id status title date } } } }`;
  const [action] = (await services.subgraph.execute<any>(query, { r: [{ __typename: 'Action', id: actionId }] }, anonymous)).data._entities;
  const facts = emptyPortfolioFacts();
  for (const event of await outboxEvents(services.subgraph.database)) foldPortfolioEvent(facts, event);
  const policies = [...facts.results.values()].filter((r) => r.actionId === actionId && isMigrationPolicySupported(r.type as ResultType));
  return { results: action.results, policiesSupported: policies.length };
}

describe('updating a result', () => {
  it('adopts a drafted strategy on the same record, corrects its title and date, and counts it as one policy supported', async () => {
    const [actionId] = services.actions.heldByAction.keys();
    const id = await record(actionId, 'STRATEGY', 'DRAFTED', '2024-03-01');
    expect((await resultsAndPolicies(actionId)).policiesSupported).toBe(1);
    const adopted = await update(id, { status: 'ADOPTED', title: ' Labour migration strategy ', date: '2025-06-30' });
    expect(adopted.data.updateResult).toEqual({ id, type: 'STRATEGY', status: 'ADOPTED', title: 'Labour migration strategy', date: '2025-06-30' });
    expect(await resultsAndPolicies(actionId)).toEqual({
      results: [{ id, status: 'ADOPTED', title: 'Labour migration strategy', date: '2025-06-30' }],
      policiesSupported: 1,
    });
    // A correction of an adopted result keeps its status; what is not given stays.
    expect((await update(id, { title: 'National labour migration strategy' })).data.updateResult).toMatchObject({
      status: 'ADOPTED',
      title: 'National labour migration strategy',
      date: '2025-06-30',
    });
    expect((await resultsAndPolicies(actionId)).policiesSupported).toBe(1);
  });

  it('refuses an adopted result going back to a draft, an adoption before its draft or in the future, and names the field', async () => {
    const [, actionId] = services.actions.heldByAction.keys();
    const adopted = await record(actionId, 'POLICY', 'ADOPTED', '2023-01-10');
    expect((await update(adopted, { status: 'DRAFTED' })).errors?.[0]).toMatchObject({
      message: 'Result is ADOPTED; it is final, not DRAFTED',
      extensions: { code: 'CONFLICT' },
    });
    const drafted = await record(actionId, 'POLICY', 'DRAFTED', '2023-05-01');
    expect((await update(drafted, { status: 'ADOPTED', date: '2023-04-30' })).errors?.[0]).toMatchObject({
      message: 'input.date must not be before the draft (2023-05-01)',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.date', reason: 'OUT_OF_ORDER' },
    });
    expect((await update(drafted, { status: 'ADOPTED', date: daysFromToday(1) })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.date',
      reason: 'IN_THE_FUTURE',
    });
    expect((await update(drafted, { title: '  ' })).errors?.[0].message).toBe('Invalid input: input.title: must not be empty');
    expect((await resultsAndPolicies(actionId)).results.map((r: { status: string }) => r.status)).toEqual(['ADOPTED', 'DRAFTED']);
  });

  it('refuses an unknown result and callers other than project officers', async () => {
    const unknown = '00000000-0000-4000-8000-00000000beef';
    expect((await update(unknown, { status: 'ADOPTED' })).errors?.[0]).toMatchObject({
      message: `Result ${unknown} was not found`,
      extensions: { code: 'NOT_FOUND' },
    });
    const [actionId] = services.actions.heldByAction.keys();
    const id = await record(actionId, 'HANDBOOK', 'DRAFTED', '2024-01-01');
    expect((await update(id, { status: 'ADOPTED' }, analyst)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await update(id, { status: 'ADOPTED' }, anonymous)).errors?.[0].extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
  });
});
