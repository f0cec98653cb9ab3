import { randomUUID } from 'node:crypto';
import { expressionOfInterest, officer, RECORD, requestIn, startRequests, SUBMIT, type Subgraph } from './fixtures';

let subgraph: Subgraph;
beforeAll(async () => {
  subgraph = await startRequests();
});
afterAll(async () => {
  await subgraph.close();
});

describe('request rules', () => {
  it('replay a submission key to its own request among others', async () => {
    await requestIn(subgraph, 'EXPRESSION_OF_INTEREST');
    const submit = () => subgraph.execute<any>(SUBMIT, { input: expressionOfInterest({ title: 'Diaspora engagement strategy' }), key: `form-${randomUUID()}` });
    const key = `form-${randomUUID()}`;
    const first = await subgraph.execute<any>(SUBMIT, { input: expressionOfInterest({ title: 'Border management' }), key });
    await submit();
    const replay = await subgraph.execute<any>(SUBMIT, { input: expressionOfInterest({ title: 'Border management' }), key });
    expect(first.errors).toBeUndefined();
    expect(replay.data.submitExpressionOfInterest).toMatchObject({ id: first.data.submitExpressionOfInterest.id, title: 'Border management' });
  });

  it('names the request that does not exist', async () => {
    const id = randomUUID();
    const result = await subgraph.execute(RECORD, { id }, officer);
    expect(result.errors?.[0]).toMatchObject({ message: `Request ${id} was not found`, extensions: { code: 'NOT_FOUND', entity: 'Request', id } });
  });
});
