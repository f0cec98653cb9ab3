import { createHmac } from 'node:crypto';
import { IdentityRejected, signIdentity, toIdentity, verifyIdentity } from './identity';

const secret = 'a-subgraph-secret-for-tests';
const analyst = { sub: 'analyst@icmpd.org', roles: ['ANALYST' as const], expertId: null, org: null };
/** A header signed with the secret over any payload, as only the gateway could make it. */
const signed = (body: unknown) => {
  const payload = Buffer.from(JSON.stringify(body)).toString('base64url');
  return `${payload}.${createHmac('sha256', secret).update(payload).digest('base64url')}`;
};
const BODY = '{"query":"{ portfolio { actions } }"}';
const rejection = (header: string | undefined, now = 1000) => {
  try {
    verifyIdentity(header, secret, BODY, now);
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
  return null;
};

describe('the identity header', () => {
  it('says why it is refused', () => {
    expect(rejection(undefined)).toBe('IdentityRejected: missing gateway signature');
    expect(rejection('abc.')).toBe('IdentityRejected: malformed identity header');
    expect(rejection('.abc')).toBe('IdentityRejected: malformed identity header');
    expect(rejection(`${signIdentity(analyst, secret, BODY, 1000)}.more`)).toBe('IdentityRejected: malformed identity header');
    expect(rejection(signed({ sub: 'x' }).replace(/^[^.]+/, 'e30'))).toBe('IdentityRejected: invalid gateway signature');
    const garbage = Buffer.from('{not json').toString('base64url');
    expect(rejection(`${garbage}.${createHmac('sha256', secret).update(garbage).digest('base64url')}`)).toBe('IdentityRejected: malformed identity payload');
    expect(rejection(signed({ ...analyst }))).toBe('IdentityRejected: expired identity');
    expect(rejection(signed({ ...analyst, exp: '9999' }))).toBe('IdentityRejected: expired identity');
    expect(new IdentityRejected('x')).toBeInstanceOf(Error);
  });

  it("carries a partner's institution, signed like the rest", () => {
    const partner = { sub: 'focal@interior.gov.sn', roles: ['PARTNER' as const], expertId: null, org: 'inst-7' };
    expect(verifyIdentity(signIdentity(partner, secret, BODY, 1000), secret, BODY, 1000)).toEqual(partner);
    const forged = signIdentity(partner, secret, BODY, 1000).replace(
      /^[^.]+/,
      Buffer.from(JSON.stringify({ ...partner, org: 'inst-8', exp: 1030 })).toString('base64url'),
    );
    expect(rejection(forged)).toBe('IdentityRejected: invalid gateway signature');
  });

  it('stays valid for thirty seconds to the second', () => {
    const header = signIdentity(analyst, secret, BODY, 1000);
    expect(verifyIdentity(header, secret, BODY, 1030)).toEqual(analyst);
    expect(rejection(header, 1031)).toBe('IdentityRejected: expired identity');
    const now = Math.floor(Date.now() / 1000);
    expect(verifyIdentity(signIdentity(analyst, secret, BODY), secret, BODY, now + 20)).toEqual(analyst);
    expect(() => verifyIdentity(signIdentity(analyst, secret, BODY), secret, BODY, now + 60)).toThrow('expired identity');
  });

  it('carries no empty subject or expert id', () => {
    expect(toIdentity({ sub: '', roles: 'ADMIN', expertId: '' })).toEqual({ sub: null, roles: [], expertId: null, org: null });
    expect(toIdentity({ sub: 's', roles: ['EXPERT'], expertId: 'e1' })).toEqual({ sub: 's', roles: ['EXPERT'], expertId: 'e1', org: null });
    expect(toIdentity({ sub: 'p', roles: ['PARTNER'], org: 'inst-1' })).toEqual({ sub: 'p', roles: ['PARTNER'], expertId: null, org: 'inst-1' });
    expect(toIdentity({ sub: 'p', roles: ['PARTNER'], org: 7 }).org).toBeNull();
    expect(toIdentity({ sub: 'p', roles: ['PARTNER'], org: '' }).org).toBeNull();
  });
});
