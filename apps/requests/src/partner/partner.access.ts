import { hasRole, ROLE_GROUPS, type Identity } from '@mieux/service-kit';

/** A partner signed in for this institution (its token's `org`). */
export function actsFor(identity: Identity, institutionId: string): boolean {
  return identity.sub !== null && identity.roles.includes('PARTNER') && identity.org === institutionId;
}

/** An institution is read by the reading roles and by its own partners. */
export function mayReadInstitution(identity: Identity, institutionId: string): boolean {
  return hasRole(identity, ...ROLE_GROUPS.readAll) || actsFor(identity, institutionId);
}

/** Its contacts are personal data: project officers, the Steering Committee and its own partners; not analysts. */
export function mayReadInstitutionContacts(identity: Identity, institutionId: string): boolean {
  return hasRole(identity, ...ROLE_GROUPS.officers, ...ROLE_GROUPS.committee) || actsFor(identity, institutionId);
}
