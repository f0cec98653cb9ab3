import { signIdSet, trustedIdSet } from './id-sets';
import { signIdentity } from './identity';

describe("a Portfolio's signed id sets", () => {
  const secret = 'a-test-secret-of-the-subgraphs';

  it('are trusted with the signature the actions service made for that set', () => {
    const ids = ['e-1', 'e-2'];
    expect(trustedIdSet('deployedExpertIds', ids, signIdSet('deployedExpertIds', ids, secret), secret)).toEqual(ids);
    expect(trustedIdSet('activityIds', [], signIdSet('activityIds', [], secret), secret)).toEqual([]);
  });

  it('are refused (FORBIDDEN) crafted, changed, unsigned, signed for another set or with another secret', () => {
    const signature = signIdSet('deployedExpertIds', ['e-1'], secret);
    const refusals = [
      () => trustedIdSet('deployedExpertIds', ['e-1', 'e-2'], signature, secret),
      () => trustedIdSet('deployedExpertIds', ['e-2'], signature, secret),
      () => trustedIdSet('deployedExpertIds', ['e-1'], null, secret),
      () => trustedIdSet('deployedExpertIds', ['e-1'], '', secret),
      () => trustedIdSet('deployedExpertIds', null, signature, secret),
      () => trustedIdSet('actionIds', ['e-1'], signature, secret),
      () => trustedIdSet('deployedExpertIds', ['e-1'], signIdSet('deployedExpertIds', ['e-1'], 'another-secret'), secret),
      // An identity header's signature is no set's.
      () => trustedIdSet('deployedExpertIds', ['e-1'], signIdentity({ sub: null, roles: [], expertId: null }, secret, '{}').split('.')[1], secret),
    ];
    for (const refusal of refusals) expect(refusal).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }));
  });
});
