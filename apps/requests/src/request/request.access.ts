import { randomBytes, timingSafeEqual } from 'node:crypto';
import { trackingCodeOf } from '@mieux/domain';
import { callerId, hasRole, ROLE_GROUPS, secretTokenHash, type Identity } from '@mieux/service-kit';
import type { RequestModel } from './request.model';

/** Roles that see every request. */
export function readsAllRequests(identity: Identity): boolean {
  return hasRole(identity, ...ROLE_GROUPS.readAll);
}

/**
 * A partner owns the requests it submitted signed in, and those a project officer linked to its
 * institution; never a request because a form named its e-mail as contact (anyone can type one).
 */
export function ownsRequest(identity: Identity, request: RequestModel): boolean {
  if (identity.sub === null || !identity.roles.includes('PARTNER')) return false;
  return request.submittedBy === callerId(identity) || (!!identity.org && request.partnerIds.includes(identity.org));
}

/** The requests a partner lists: those it submitted signed in, and those of its institution. */
export function ownRequestsOf(identity: Identity): { submittedBy: string; org: string | null } {
  return { submittedBy: callerId(identity), org: identity.org ?? null };
}

export function mayReadRequest(identity: Identity, request: RequestModel): boolean {
  // Stryker disable next-line ConditionalExpression,BooleanLiteral: a granted request is the submitter's own answer, which never passes through readable(); the rule is kept whole
  return request.grantedToCaller === true || readsAllRequests(identity) || ownsRequest(identity, request);
}

/** Personal data of the contact: the requester, project officers and the Steering Committee; not analysts. */
export function mayReadContact(identity: Identity, request: RequestModel): boolean {
  return request.grantedToCaller === true || hasRole(identity, ...ROLE_GROUPS.officers, ...ROLE_GROUPS.committee) || ownsRequest(identity, request);
}

/** A new tracking code for a request, and the hash stored in its place. */
export function newTrackingCode(): { code: string; hash: string } {
  const code = trackingCodeOf([...randomBytes(10)]);
  return { code, hash: secretTokenHash(code) };
}

/** Whether a code (in its canonical form) is the request's: compared in constant time. */
export function holdsTrackingCode(storedHash: string | null, code: string): boolean {
  return storedHash !== null && timingSafeEqual(Buffer.from(storedHash, 'hex'), Buffer.from(secretTokenHash(code), 'hex'));
}
