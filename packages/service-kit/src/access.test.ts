import type { GraphQLError } from 'graphql';
import { hasRole, requireRole, requireSignedIn } from './access';
import type { Identity, Role } from './identity';

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
