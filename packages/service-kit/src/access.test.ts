import { buildSchema, type GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { actingRole, allow, hasRole, partnerInstitutionOf, requireGroup, requireRole, requireSignedIn, ROLE_GROUPS } from './access';
import { ROLES, toIdentity, type Identity, type Role } from './identity';

const as = (sub: string | null, ...roles: Role[]): Identity => ({ sub, roles, expertId: null });
const refusal = (work: () => void) => {
  try {
    work();
  } catch (error) {
    return { code: (error as GraphQLError).extensions.code, message: (error as GraphQLError).message };
  }
  return null;
};

describe('access by role', () => {
  it('grants any one of the roles asked, and every role to ADMIN', () => {
    expect(hasRole(as('a', 'ANALYST'), 'PROJECT_OFFICER', 'ANALYST')).toBe(true);
    expect(hasRole(as('a', 'PARTNER', 'EXPERT'), 'EXPERT')).toBe(true);
    expect(hasRole(as('a', 'PARTNER'), 'PROJECT_OFFICER', 'ANALYST')).toBe(false);
    expect(hasRole(as('a'), 'PARTNER')).toBe(false);
    expect(hasRole(as('a', 'ADMIN'))).toBe(true);
    expect(hasRole(as('a', 'PARTNER'))).toBe(false);
  });

  it('refuses the anonymous as UNAUTHENTICATED and others as FORBIDDEN, naming the roles that may', () => {
    expect(refusal(() => requireRole(as(null, 'ANALYST'), 'ANALYST'))).toEqual({ code: 'UNAUTHENTICATED', message: 'Sign in to do this' });
    expect(refusal(() => requireRole(as('p', 'PARTNER'), 'PROJECT_OFFICER', 'STEERING_COMMITTEE'))).toEqual({
      code: 'FORBIDDEN',
      message: 'This needs one of the roles PROJECT_OFFICER, STEERING_COMMITTEE',
    });
    expect(refusal(() => requireRole(as('o', 'STEERING_COMMITTEE'), 'PROJECT_OFFICER', 'STEERING_COMMITTEE'))).toBeNull();
    expect(refusal(() => requireSignedIn(as('someone')))).toBeNull();
    expect(refusal(() => requireSignedIn(as('')))).toEqual({ code: 'UNAUTHENTICATED', message: 'Sign in to do this' });
  });
});

describe('the role groups', () => {
  /** The roles a group lets in, each tried alone by a signed-in caller. */
  const admitted = (group: keyof typeof ROLE_GROUPS) => ROLES.filter((role) => refusal(() => requireGroup(as('someone', role), ROLE_GROUPS[group])) === null);

  it('let in the roles each group is named for, and ADMIN everywhere', () => {
    expect(admitted('anyone')).toEqual([...ROLES]);
    expect(admitted('signedIn')).toEqual([...ROLES]);
    expect(admitted('readAll')).toEqual(['PROJECT_OFFICER', 'STEERING_COMMITTEE', 'ANALYST', 'ADMIN']);
    expect(admitted('officers')).toEqual(['PROJECT_OFFICER', 'ADMIN']);
    expect(admitted('committee')).toEqual(['STEERING_COMMITTEE', 'ADMIN']);
    expect(admitted('experts')).toEqual(['EXPERT', 'ADMIN']);
    expect(admitted('activityReaders')).toEqual([...ROLES]);
    expect(admitted('actionReaders')).toEqual(['PARTNER', 'PROJECT_OFFICER', 'STEERING_COMMITTEE', 'ANALYST', 'ADMIN']);
    expect(admitted('partners')).toEqual(['PARTNER', 'ADMIN']);
    expect(admitted('requestReaders')).toEqual(['PARTNER', 'PROJECT_OFFICER', 'STEERING_COMMITTEE', 'ANALYST', 'ADMIN']);
  });

  it('let the anonymous into the open group only', () => {
    expect(refusal(() => requireGroup(as(null), ROLE_GROUPS.anyone))).toBeNull();
    expect(refusal(() => requireGroup(as(null), ROLE_GROUPS.signedIn))).toEqual({ code: 'UNAUTHENTICATED', message: 'Sign in to do this' });
  });

  it('keep every role of the graph from a token, and no other', () => {
    expect(toIdentity({ sub: 's', roles: [...ROLES, 'OWNER'] }).roles).toEqual([
      'PARTNER',
      'PROJECT_OFFICER',
      'STEERING_COMMITTEE',
      'EXPERT',
      'ANALYST',
      'ADMIN',
    ]);
  });
});

describe('the role a change is recorded under', () => {
  it('is the most specific role held: the committee, then officers, analysts, experts and partners', () => {
    expect(actingRole(as('s', 'PARTNER', 'EXPERT', 'ANALYST', 'PROJECT_OFFICER', 'STEERING_COMMITTEE'))).toBe('STEERING_COMMITTEE');
    expect(actingRole(as('s', 'PARTNER', 'EXPERT', 'ANALYST', 'PROJECT_OFFICER'))).toBe('PROJECT_OFFICER');
    expect(actingRole(as('s', 'PARTNER', 'EXPERT', 'ANALYST'))).toBe('ANALYST');
    expect(actingRole(as('s', 'PARTNER', 'EXPERT'))).toBe('EXPERT');
    expect(actingRole(as('s', 'ADMIN', 'PARTNER'))).toBe('PARTNER');
    expect(actingRole(as('s', 'ADMIN', 'PARTNER'), ['PROJECT_OFFICER'])).toBe('ADMIN');
    expect(actingRole(as('s', 'EXPERT'), ['PROJECT_OFFICER'])).toBeNull();
  });
});

describe('the institution a partner acts for', () => {
  it("is a signed-in partner's org claim, and nobody else's", () => {
    expect(partnerInstitutionOf({ ...as('focal@travail.gouv.sn', 'PARTNER'), org: 'institution-a' })).toBe('institution-a');
    expect(partnerInstitutionOf(as('focal@travail.gouv.sn', 'PARTNER'))).toBeNull();
    expect(partnerInstitutionOf({ ...as(null, 'PARTNER'), org: 'institution-a' })).toBeNull();
    expect(partnerInstitutionOf({ ...as('expert@example.eu', 'EXPERT'), org: 'institution-a' })).toBeNull();
    // An id the graph never makes names no institution.
    expect(partnerInstitutionOf({ ...as('p', 'PARTNER'), org: 'x'.repeat(64) })).toBe('x'.repeat(64));
    expect(partnerInstitutionOf({ ...as('p', 'PARTNER'), org: 'x'.repeat(65) })).toBeNull();
  });
});

describe('ids bounded before any resolver runs', () => {
  const schema = buildSchema(`type Query { one(id: ID!, note: String): Int  many(ids: [ID!]!): Int  maybe(id: ID): Int }`);
  const infoOf = (fieldName: string) => ({ parentType: schema.getQueryType()!, fieldName }) as unknown as GraphQLResolveInfo;
  const resolve = allow(null, () => 1);
  const identity = { identity: as(null) };

  it('passes ids the graph makes, and any other argument whatever its length', () => {
    expect(resolve(null, { id: 'x'.repeat(64), note: 'n'.repeat(1000) }, identity, infoOf('one'))).toBe(1);
    expect(resolve(null, {}, identity, infoOf('maybe'))).toBe(1);
    expect(resolve(null, { id: null }, identity, infoOf('maybe'))).toBe(1);
  });

  it('refuses a longer id, alone or in a list, naming the argument', () => {
    expect(() => resolve(null, { id: 'x'.repeat(65) }, identity, infoOf('one'))).toThrow('Invalid input: id: must be at most 64 characters');
    expect(() => resolve(null, { ids: ['a', 'x'.repeat(65)] }, identity, infoOf('many'))).toThrow(/ids: must be at most 64/);
  });
});
