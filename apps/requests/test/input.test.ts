import { RequestEntity } from '../src/request/request.entity';
import { ASSESS, DRAFT, RECORD, SUBMIT, TODAY, committee, expressionOfInterest, officer, requestIn, startRequests, type Subgraph } from './fixtures';

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

  it('keeps the request’s own order of dates: a letter before the expression of interest, a decision before the letter or the Action Fiche are refused', async () => {
    const submitted = await subgraph.execute<any>(SUBMIT, { input: expressionOfInterest({ expressionOfInterestOn: '2016-05-10' }) }, officer);
    const id = submitted.data.submitExpressionOfInterest.id;
    const early = await subgraph.execute(RECORD.replace(TODAY, '2016-05-09'), { id }, officer);
    expect(early.errors?.[0]).toMatchObject({
      message: 'input.receivedOn must not be before the expression of interest (2016-05-10)',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.receivedOn', reason: 'OUT_OF_ORDER' },
    });
    expect((await subgraph.execute(RECORD.replace(TODAY, '2016-05-10'), { id }, officer)).errors).toBeUndefined();
    await subgraph.execute(ASSESS, { id }, officer);
    await subgraph.execute(DRAFT, { id }, officer);
    const decide = (decidedOn: string) =>
      subgraph.execute<any>(
        `mutation($id: ID!, $on: Date!) { decideRequest(id: $id, input: { outcome: APPROVED, body: DG_HOME, rationale: "Feasible", decidedOn: $on }) { status approvedOn } }`,
        { id, on: decidedOn },
        committee,
      );
    expect((await decide('2016-05-09')).errors?.[0].extensions).toMatchObject({ field: 'input.decidedOn', reason: 'OUT_OF_ORDER' });
    expect((await decide('2016-06-01')).errors?.[0]).toMatchObject({
      message: `input.decidedOn must not be before the Action Fiche (${TODAY})`,
      extensions: { code: 'BAD_USER_INPUT', field: 'input.decidedOn' },
    });
    expect((await decide('1901-01-01')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.decidedOn' });
    expect((await decide(TODAY)).data.decideRequest).toEqual({ status: 'APPROVED', approvedOn: TODAY });
  });

  it('refuses a letter received in the future', async () => {
    const request = await requestIn(subgraph, 'EXPRESSION_OF_INTEREST');
    const future = RECORD.replace(TODAY, '2999-01-01');
    const result = await subgraph.execute(future, { id: request.id }, officer);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.receivedOn' });
  });

  it('lets a project officer record a request received earlier', async () => {
    const result = await subgraph.execute<any>(SUBMIT, { input: expressionOfInterest({ expressionOfInterestOn: '2015-06-01' }) }, officer);
    expect(result.data.submitExpressionOfInterest).toMatchObject({ expressionOfInterestOn: '2015-06-01', reference: expect.stringMatching(/^REQ-2015-/) });
  });
});
