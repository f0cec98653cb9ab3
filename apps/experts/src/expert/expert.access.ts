import { forbidden, hasRole, ROLE_GROUPS, unauthenticated, type Identity } from '@mieux/service-kit';
import type { ExpertModel } from './expert.model';

/** Roles that read the public profile of every expert. */
export function readsRoster(identity: Identity): boolean {
  return hasRole(identity, ...ROLE_GROUPS.readAll);
}

export function isSelf(identity: Identity, expertId: string): boolean {
  return identity.roles.includes('EXPERT') && identity.expertId === expertId;
}

/** The public profile: the roster's readers and the expert themself; everyone signed in sees deployed experts' names. */
export function mayReadProfile(identity: Identity, expert: ExpertModel): boolean {
  return identity.sub !== null && (readsRoster(identity) || isSelf(identity, expert.id) || hasRole(identity, ...ROLE_GROUPS.signedIn));
}

/**
 * The profile beyond the public card (name, origin, expertise, availability, refusal reason) and the
 * personal data (e-mail, phone, CV, consent): the expert, project officers (who review and match
 * them), and the applicant reading the answer to their own application.
 */
export function mayReadPersonalData(identity: Identity, expert: ExpertModel): boolean {
  return expert.grantedToCaller === true || hasRole(identity, ...ROLE_GROUPS.officers) || isSelf(identity, expert.id);
}

/** The signed-in expert's own id. */
export function ownExpertId(identity: Identity): string {
  if (!identity.sub) throw unauthenticated();
  if (!identity.roles.includes('EXPERT') || !identity.expertId) throw forbidden('This is for experts of the roster, about their own data');
  return identity.expertId;
}
