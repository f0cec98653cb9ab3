import { ANONYMOUS, toIdentity } from '../identity';
import { createHash } from 'node:crypto';
import { payloadDigest, scopedIdempotencyKey } from './idempotency';

describe('idempotency keys scoped to the caller', () => {
  const ana = toIdentity({ sub: 'ana@example.org', roles: ['PARTNER'] });
  const bob = toIdentity({ sub: 'bob@example.org', roles: ['PARTNER'] });

  it("keeps a signed-in caller's key theirs, whatever the payload, and apart from anyone else's", () => {
    expect(scopedIdempotencyKey(ana, 'k', { a: 1 })).toBe(scopedIdempotencyKey(ana, 'k', { a: 2 }));
    expect(scopedIdempotencyKey(ana, 'k', { a: 1 })).not.toBe(scopedIdempotencyKey(bob, 'k', { a: 1 }));
    expect(scopedIdempotencyKey(ana, 'k', null)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ties an anonymous key to the input it came with', () => {
    expect(scopedIdempotencyKey(ANONYMOUS, 'k', { a: 1 })).toBe(scopedIdempotencyKey(ANONYMOUS, 'k', { a: 1 }));
    expect(scopedIdempotencyKey(ANONYMOUS, 'k', { a: 1 })).not.toBe(scopedIdempotencyKey(ANONYMOUS, 'k', { a: 2 }));
  });

  it('takes no key as none, and refuses a key too long or with control characters', () => {
    expect(scopedIdempotencyKey(ana, null, {})).toBeNull();
    expect(scopedIdempotencyKey(ana, undefined, {})).toBeNull();
    expect(() => scopedIdempotencyKey(ana, 'k'.repeat(101), {})).toThrow(/idempotencyKey: must be at most 100 characters/);
    expect(() => scopedIdempotencyKey(ana, 'k\u0000', {})).toThrow(/idempotencyKey/);
  });
});

describe('the payload digest a creation stores', () => {
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

  it('is the SHA-256 of the payload as JSON, and of nothing for a payload JSON cannot write: stored hashes must stay comparable', () => {
    expect(payloadDigest({ title: 'Border management', areas: ['A'] })).toBe(sha256('{"title":"Border management","areas":["A"]}'));
    expect(payloadDigest(undefined)).toBe(sha256(''));
  });
});
