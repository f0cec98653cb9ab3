import { hasRole, ROLE_GROUPS, type Identity } from '@mieux/service-kit';
import type { RequestModel } from './request.model';

/** Roles that see every request. */
export function readsAllRequests(identity: Identity): boolean {
  return hasRole(identity, ...ROLE_GROUPS.readAll);
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
  return request.grantedToCaller === true || hasRole(identity, ...ROLE_GROUPS.officers, ...ROLE_GROUPS.committee) || ownsRequest(identity, request);
}
