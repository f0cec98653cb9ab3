import { hasRole, type Identity } from '@mieux/service-kit';
import type { RequestModel } from './request.model';

/** Roles that see every request. */
export function readsAllRequests(identity: Identity): boolean {
  return hasRole(identity, 'PROJECT_OFFICER', 'STEERING_COMMITTEE', 'ANALYST');
}

/** A partner owns the requests whose contact e-mail is its sign-in. */
export function ownsRequest(identity: Identity, request: RequestModel): boolean {
  return identity.sub !== null && identity.roles.includes('PARTNER') && request.contact?.email.toLowerCase() === identity.sub.toLowerCase();
}

export function mayReadRequest(identity: Identity, request: RequestModel): boolean {
  return request.grantedToCaller === true || readsAllRequests(identity) || ownsRequest(identity, request);
}

/** Personal data of the contact: the requester, project officers and the Steering Committee; not analysts. */
export function mayReadContact(identity: Identity, request: RequestModel): boolean {
  return request.grantedToCaller === true || hasRole(identity, 'PROJECT_OFFICER', 'STEERING_COMMITTEE') || ownsRequest(identity, request);
}

/** The role a change is recorded under: the most specific one the caller holds. */
export function actingRole(identity: Identity): string | null {
  return identity.roles[0] ?? null;
}
