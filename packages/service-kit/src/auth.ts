import { forbidden, unauthenticated } from './errors';
import type { Identity, Role } from './identity';

/** Whether the caller holds any of the roles. ADMIN holds every role. */
export function hasRole(identity: Identity, ...roles: Role[]): boolean {
  return identity.roles.includes('ADMIN') || roles.some((role) => identity.roles.includes(role));
}

/** The caller must be signed in. */
export function requireSignedIn(identity: Identity): void {
  if (!identity.sub) throw unauthenticated();
}

/**
 * The caller must hold one of the roles: anonymous callers get UNAUTHENTICATED, others FORBIDDEN
 * naming the roles that may.
 */
export function requireRole(identity: Identity, ...roles: Role[]): void {
  requireSignedIn(identity);
  if (!hasRole(identity, ...roles)) {
    throw forbidden(`This needs one of the roles ${roles.join(', ')}`);
  }
}
