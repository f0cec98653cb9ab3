import { bothDatabases, refusal } from '@mieux/service-kit/testing';
import { requestsService } from '../src/service';
import { SUBMIT, expressionOfInterest, officer, requestIn, type Subgraph } from './fixtures';

/** The requests service's inputs bounded before the database, on MySQL and on the embedded database alike. */
describe.each(bothDatabases(requestsService))('bounded inputs of the requests service on %s', (_, start: () => Promise<Subgraph>) => {
  let subgraph: Subgraph;
  beforeAll(async () => {
    subgraph = await start();
  });
  afterAll(() => subgraph?.close());

  const refusedOn = async (field: string, call: ReturnType<Subgraph['execute']>) => expect(await refusal(call)).toEqual({ code: 'BAD_USER_INPUT', field });
  const contact = (over: Record<string, unknown>) => ({ name: 'Awa Diop', email: 'awa@interior.gov.sn', ...over });

  it('refuses an anonymous form whose text does not fit its columns, with the field named', async () => {
    await refusedOn('input.contact.phone', subgraph.execute(SUBMIT, { input: expressionOfInterest({ contact: contact({ phone: '9'.repeat(41) }) }) }));
    await refusedOn('input.title', subgraph.execute(SUBMIT, { input: expressionOfInterest({ title: 'T'.repeat(201) }) }));
    await refusedOn(
      'input.institutions.0.name',
      subgraph.execute(SUBMIT, { input: expressionOfInterest({ institutions: [{ name: 'I'.repeat(201), type: 'NATIONAL_INSTITUTION' }] }) }),
    );
    await refusedOn(
      'input.institutions',
      subgraph.execute(SUBMIT, { input: expressionOfInterest({ institutions: Array(21).fill({ name: 'Ministry', type: 'NATIONAL_INSTITUTION' }) }) }),
    );
    await refusedOn('input.description', subgraph.execute(SUBMIT, { input: expressionOfInterest({ description: 'x'.repeat(300_000) }) }));
    await refusedOn('idempotencyKey', subgraph.execute(SUBMIT, { input: expressionOfInterest(), key: 'k'.repeat(101) }));
  });

  it('refuses a reason longer than its column and a forged cursor', async () => {
    const request = await requestIn(subgraph, 'SUBMITTED');
    await refusedOn(
      'reason',
      subgraph.execute(`mutation($id: ID!, $r: String!) { withdrawRequest(id: $id, reason: $r) { id } }`, { id: request.id, r: 'r'.repeat(2001) }, officer),
    );
    const forged = Buffer.from('[1e400,"x"]').toString('base64url');
    await refusedOn('after', subgraph.execute(`query($after: String) { requests(first: 2, after: $after) { totalCount } }`, { after: forged }, officer));
  });
});
