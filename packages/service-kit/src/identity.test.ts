import type { GraphQLResolveInfo } from 'graphql';
import { createHash, createHmac } from 'node:crypto';
import { ANONYMOUS, callerId, IdentityRejected, signIdentity, toIdentity, verifyIdentity, type Identity, type Role } from './identity';
import { actingRole, actorOf, allow, hasRole, requireRole, ROLE_GROUPS } from './access';

const secret = 'a-subgraph-secret-for-tests';
const officer = { sub: 'po@icmpd.org', roles: ['PROJECT_OFFICER' as const], expertId: null, org: null };
const BODY = '{"query":"{ requests(first: 5) { edges { node { id } } } }"}';

describe('signed identity', () => {
  it('round-trips an identity', () => {
    expect(verifyIdentity(signIdentity(officer, secret, BODY, 1000), secret, BODY, 1000)).toEqual(officer);
  });

  it.each([
    ['missing', undefined],
    ['malformed', 'abc'],
    ['three parts', 'a.b.c'],
    ['not JSON', `${Buffer.from('nope').toString('base64url')}.x`],
  ])('rejects a %s header', (_, header) => {
    expect(() => verifyIdentity(header, secret, BODY, 1000)).toThrow(IdentityRejected);
  });

  it('rejects a tampered payload and a foreign key', () => {
    const [, signature] = signIdentity(officer, secret, BODY, 1000).split('.');
    const admin = Buffer.from(JSON.stringify({ ...officer, roles: ['ADMIN'], exp: 9999 })).toString('base64url');
    expect(() => verifyIdentity(`${admin}.${signature}`, secret, BODY, 1000)).toThrow('invalid gateway signature');
    expect(() => verifyIdentity(signIdentity(officer, 'another-secret-entirely', BODY, 1000), secret, BODY, 1000)).toThrow(IdentityRejected);
  });

  it('rejects an expired identity', () => {
    expect(() => verifyIdentity(signIdentity(officer, secret, BODY, 1000), secret, BODY, 1000 + 31)).toThrow('expired identity');
  });

  it('is good for the one request it was signed for, not for a replay on another operation', () => {
    const header = signIdentity(officer, secret, BODY, 1000);
    expect(verifyIdentity(header, secret, BODY, 1010)).toEqual(officer);
    expect(() => verifyIdentity(header, secret, '{"query":"{ experts(first: 100) { edges { node { email } } } }"}', 1010)).toThrow(
      'identity signed for another request',
    );
    expect(() => verifyIdentity(header, secret, `${BODY} `, 1010)).toThrow('identity signed for another request');
  });

  it('rejects an identity signed to live longer than a call takes', () => {
    const payload = Buffer.from(JSON.stringify({ ...officer, exp: 1000 + 3600 })).toString('base64url');
    const forgedLong = `${payload}.${createHmac('sha256', secret).update(payload).digest('base64url')}`;
    expect(() => verifyIdentity(forgedLong, secret, BODY, 1000)).toThrow('identity signed for too long');
  });

  it('keeps only known roles from untrusted claims', () => {
    expect(toIdentity({ sub: 'x', roles: ['ANALYST', 'GOD'], expertId: 5 })).toEqual({ sub: 'x', roles: ['ANALYST'], expertId: null, org: null });
    expect(toIdentity({})).toEqual({ sub: null, roles: [], expertId: null, org: null });
  });
});

describe('roles', () => {
  it('lets ADMIN do everything and others only their roles', () => {
    expect(hasRole({ sub: 'a', roles: ['ADMIN'], expertId: null }, 'EXPERT')).toBe(true);
    expect(hasRole(officer, 'STEERING_COMMITTEE')).toBe(false);
    expect(() => requireRole(officer, 'PROJECT_OFFICER')).not.toThrow();
    expect(() => requireRole(officer, 'STEERING_COMMITTEE')).toThrow(/STEERING_COMMITTEE/);
    expect(() => requireRole({ sub: null, roles: [], expertId: null }, 'ANALYST')).toThrow('Sign in to do this');
  });
});

describe('role groups and the acting role', () => {
  const as = (...roles: Role[]): Identity => ({ sub: 'someone@example.org', roles, expertId: null });

  it('allow() checks the group before the resolver runs', async () => {
    const resolve = allow(ROLE_GROUPS.officers, (_parent: unknown, _args: unknown, ctx: { identity: Identity }) => ctx.identity.sub);
    const info = {} as GraphQLResolveInfo;
    expect(resolve(null, {}, { identity: as('PROJECT_OFFICER') }, info)).toBe('someone@example.org');
    expect(() => resolve(null, {}, { identity: as('ANALYST') }, info)).toThrow(expect.objectContaining({ extensions: { code: 'FORBIDDEN' } }));
    expect(() => resolve(null, {}, { identity: ANONYMOUS }, info)).toThrow(expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } }));
    expect(allow(ROLE_GROUPS.anyone, () => 'open')(null, {}, { identity: ANONYMOUS }, info)).toBe('open');
  });

  it('records the most specific role the operation allows, not the first in the token', () => {
    expect(actingRole(as('ANALYST', 'PROJECT_OFFICER'))).toBe('PROJECT_OFFICER');
    expect(actingRole(as('PROJECT_OFFICER', 'STEERING_COMMITTEE'), ROLE_GROUPS.officers)).toBe('PROJECT_OFFICER');
    expect(actingRole(as('ADMIN'), ROLE_GROUPS.committee)).toBe('ADMIN');
    expect(actingRole(as('PARTNER'))).toBe('PARTNER');
    expect(actingRole(ANONYMOUS)).toBeNull();
  });

  it('records an actor as its acting role and opaque id, never its subject; an anonymous actor has neither', () => {
    const actor = actorOf(as('ANALYST', 'PROJECT_OFFICER'), ROLE_GROUPS.officers);
    expect(actor).toEqual({ role: 'PROJECT_OFFICER', actorId: callerId(as('PROJECT_OFFICER')) });
    expect(JSON.stringify(actor)).not.toContain('someone@example.org');
    expect(actorOf(ANONYMOUS)).toEqual({ role: null, actorId: null });
  });
});

describe('the caller as logs name it', () => {
  it('is a stable 16-character digest of the subject, never the subject, and "anonymous" without one', () => {
    const id = callerId(officer);
    expect(id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(callerId({ ...officer, roles: ['ANALYST'] })).toBe(id);
    expect(id).toBe(createHash('sha256').update('mieux-caller:po@icmpd.org').digest('base64url').slice(0, 16));
    expect(callerId({ ...officer, sub: 'other@icmpd.org' })).not.toBe(id);
    expect(callerId(ANONYMOUS)).toBe('anonymous');
  });
});
