import { anonymous, expressionOfInterest, officer, RECORD, startRequests, TODAY, type Subgraph } from './fixtures';

let subgraph: Subgraph;
beforeAll(async () => {
  subgraph = await startRequests();
});
afterAll(() => subgraph?.close());

const SUBMIT = `mutation($input: ExpressionOfInterestInput!, $key: String) {
  submitExpressionOfInterest(input: $input, idempotencyKey: $key) { id reference trackingCode } }`;
const TRACK = `query($reference: String!, $code: String!, $lang: Language) {
  trackRequest(reference: $reference, code: $code) { reference status nextStep(lang: $lang) expressionOfInterestOn officialLetterReceivedOn decidedOn } }`;

type Submitted = { id: string; reference: string; trackingCode: string | null };

async function submit(key?: string): Promise<Submitted> {
  const result = await subgraph.execute<{ submitExpressionOfInterest: Submitted }>(SUBMIT, { input: expressionOfInterest(), key }, anonymous);
  expect(result.errors).toBeUndefined();
  return result.data!.submitExpressionOfInterest;
}

describe('tracking a request by reference and code', () => {
  it('gives the code once and answers where the request stands, in English and French, with nothing personal', async () => {
    const { id, reference, trackingCode } = await submit();
    expect(trackingCode).toMatch(/^[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}$/);
    const tracked = await subgraph.execute<any>(TRACK, { reference, code: trackingCode, lang: 'FR' }, anonymous);
    expect(tracked.errors).toBeUndefined();
    expect(tracked.data.trackRequest).toEqual({
      reference,
      status: 'EXPRESSION_OF_INTEREST',
      nextStep: expect.stringContaining('lettre de demande officielle'),
      expressionOfInterestOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      officialLetterReceivedOn: null,
      decidedOn: null,
    });
    await subgraph.execute(RECORD, { id }, officer);
    // As typed by a person: lower case, no dash.
    const moved = await subgraph.execute<any>(TRACK, { reference: reference.toLowerCase(), code: trackingCode!.toLowerCase().replace('-', ' ') }, anonymous);
    expect(moved.data.trackRequest).toMatchObject({
      status: 'SUBMITTED',
      officialLetterReceivedOn: TODAY,
      nextStep: expect.stringContaining('eligibility'),
    });
    // Nowhere else is the code given again.
    const read = await subgraph.execute<any>(`query($id: ID!) { request(id: $id) { trackingCode } }`, { id }, officer);
    expect(read.data.request.trackingCode).toBeNull();
  });

  it('answers a wrong code and an unknown reference alike, NOT_FOUND, and a code that cannot be one with BAD_USER_INPUT on code', async () => {
    const { reference, trackingCode } = await submit();
    const other = await submit();
    const wrong = await subgraph.execute(TRACK, { reference, code: other.trackingCode }, anonymous);
    const unknown = await subgraph.execute(TRACK, { reference: 'REQ-1999-999', code: trackingCode }, anonymous);
    for (const answer of [wrong, unknown]) {
      expect(answer.data?.trackRequest ?? null).toBeNull();
      expect(answer.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const malformed = await subgraph.execute(TRACK, { reference, code: 'hello' }, anonymous);
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
  });

  it('keeps the first code when a submission is replayed with its idempotency key: the replay answers no code', async () => {
    const first = await submit('tracking-replay-1');
    const replay = await submit('tracking-replay-1');
    expect(replay.id).toBe(first.id);
    expect(replay.trackingCode).toBeNull();
    const tracked = await subgraph.execute<any>(TRACK, { reference: first.reference, code: first.trackingCode }, anonymous);
    expect(tracked.data.trackRequest.status).toBe('EXPRESSION_OF_INTEREST');
  });
});
