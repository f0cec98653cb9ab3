import { forbidden, hasRole, requireSignedIn, type Identity } from '@mieux/service-kit';

/** Roles that read every Action, activity and deployment. */
export function readsAllActions(identity: Identity): boolean {
  return hasRole(identity, 'PROJECT_OFFICER', 'STEERING_COMMITTEE', 'ANALYST');
}

/** Reading Actions needs a role that reads them all; experts read what concerns them (checked where it applies). */
export function requireActionReader(identity: Identity): void {
  requireSignedIn(identity);
  if (!readsAllActions(identity)) throw forbidden('Actions are read by project officers, the Steering Committee and analysts');
}
