import { concurrently, raceOnRow } from '@mieux/service-kit/testing';
import { RequestEntity, TransitionEntity } from '../src/request/request.entity';
import { DECIDE, SUBMIT, committee, expressionOfInterest, otherPartner, partner, requestIn, startRequests, type Subgraph } from './fixtures';

let subgraph: Subgraph;
beforeAll(async () => {
  subgraph = await startRequests();
});
afterAll(() => subgraph?.close());

describe('concurrent decisions', () => {
  it('of 8 decisions that all read the request before any writes, exactly one wins; the others get CONFLICT naming the status it left', async () => {
    const request = await requestIn(subgraph, 'ACTION_FICHE_DRAFTED');
    const outcomes = ['APPROVED', 'REJECTED'];
    const results = await raceOnRow(
      subgraph,
      'request',
      request.id,
      Array.from({ length: 8 }, (_, i) => () => subgraph.execute<any>(DECIDE, { id: request.id, outcome: outcomes[i % 2] }, committee)),
    );
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    const decided = winners[0].data.decideRequest.status;
    results.forEach((r, i) => {
      if (r.errors)
        expect(r.errors[0]).toMatchObject({
          message: `Request is ${decided}; it is final, not ${outcomes[i % 2]}`,
          extensions: { code: 'CONFLICT', currentStatus: decided },
        });
    });
    const history = await subgraph.database.dataSource.getRepository(TransitionEntity).findBy({ requestId: request.id, fromStatus: 'ACTION_FICHE_DRAFTED' });
    expect(history.map((t) => t.toStatus)).toEqual([decided]);
  });
});

describe('idempotent submission', () => {
  it('returns the same request for the same key, even when 20 replays race', async () => {
    const input = expressionOfInterest({ title: 'Diaspora engagement strategy' });
    const results = await concurrently(20, () => subgraph.execute<any>(SUBMIT, { input, key: 'form-7f3a' }));
    expect(results.every((r) => !r.errors)).toBe(true);
    expect(new Set(results.map((r) => r.data.submitExpressionOfInterest.id)).size).toBe(1);
    expect(await subgraph.database.dataSource.getRepository(RequestEntity).countBy({ title: 'Diaspora engagement strategy' })).toBe(1);
  });

  it("refuses a signed-in caller's key with another payload, and never lets a key be taken by someone else", async () => {
    await subgraph.execute(SUBMIT, { input: expressionOfInterest(), key: 'form-b' }, partner);
    const replay = await subgraph.execute(SUBMIT, { input: expressionOfInterest({ title: 'Something else' }), key: 'form-b' }, partner);
    expect(replay.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idempotencyKey' });
    const other = await subgraph.execute<any>(SUBMIT, { input: expressionOfInterest({ title: 'Something else' }), key: 'form-b' }, otherPartner);
    expect(other.errors).toBeUndefined();
    // Anonymous keys count with their input only: the README's example key copied by two people makes two requests.
    const first = await subgraph.execute<any>(SUBMIT, { input: expressionOfInterest(), key: 'form-2026-0412' });
    const second = await subgraph.execute<any>(SUBMIT, { input: expressionOfInterest({ title: 'Another need' }), key: 'form-2026-0412' });
    expect(second.errors).toBeUndefined();
    expect(second.data.submitExpressionOfInterest.id).not.toBe(first.data.submitExpressionOfInterest.id);
  });

  it('gives concurrent submissions distinct references', async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => subgraph.execute<any>(SUBMIT, { input: expressionOfInterest() })));
    const references = results.map((r) => r.data.submitExpressionOfInterest.reference);
    expect(new Set(references).size).toBe(10);
  });
});
