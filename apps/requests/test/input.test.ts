import { RequestEntity } from '../src/request/request.entity';
import { RECORD, SUBMIT, expressionOfInterest, officer, requestIn, startRequests, type Subgraph } from './fixtures';

let subgraph: Subgraph;
beforeAll(async () => {
  subgraph = await startRequests();
});
afterAll(() => subgraph?.close());

describe('bad input', () => {
  it('lists every problem of an expression of interest at once and writes nothing', async () => {
    const result = await subgraph.execute(SUBMIT, {
      input: expressionOfInterest({
        title: 'x'.repeat(201),
        countryCode: 'QQ',
        institutions: [],
        contact: { name: 'A', email: 'not-an-email' },
        thematicAreas: [],
        subTopics: ['REMITTANCES', 'TAXES'],
        expressionOfInterestOn: '2020-01-01',
      }),
    });
    expect(result.errors).toHaveLength(1);
    const { code, problems } = result.errors![0].extensions as { code: string; problems: { field: string }[] };
    expect(code).toBe('BAD_USER_INPUT');
    expect(problems.map((p) => p.field)).toEqual([
      'input.title',
      'input.countryCode',
      'input.institutions',
      'input.contact.email',
      'input.thematicAreas',
      'input.subTopics.0',
      'input.subTopics.1',
      'input.expressionOfInterestOn',
    ]);
    expect(await subgraph.database.dataSource.getRepository(RequestEntity).count()).toBe(0);
  });

  it('refuses an unknown enum value before any resolver runs', async () => {
    const result = await subgraph.execute(SUBMIT, { input: expressionOfInterest({ thematicAreas: ['SPACE_TRAVEL'] }) });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(/SPACE_TRAVEL/);
  });

  it('refuses a letter received in the future', async () => {
    const request = await requestIn(subgraph, 'EXPRESSION_OF_INTEREST');
    const future = RECORD.replace('2026-01-15', '2999-01-01');
    const result = await subgraph.execute(future, { id: request.id }, officer);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.receivedOn' });
  });

  it('lets a project officer record a request received earlier', async () => {
    const result = await subgraph.execute<any>(SUBMIT, { input: expressionOfInterest({ expressionOfInterestOn: '2015-06-01' }) }, officer);
    expect(result.data.submitExpressionOfInterest).toMatchObject({ expressionOfInterestOn: '2015-06-01', reference: expect.stringMatching(/^REQ-2015-/) });
  });
});
