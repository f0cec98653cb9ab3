import { forbidden, hasRole, ROLE_GROUPS, type Identity } from '@mieux/service-kit';

/** An expert's deployments are read by the expert and by the reading roles. */
export function requireDeploymentsReader(identity: Identity, expertId: string): void {
  const own = hasRole(identity, ...ROLE_GROUPS.experts) && identity.expertId === expertId;
  if (!own && !hasRole(identity, ...ROLE_GROUPS.readAll)) throw forbidden("An expert's deployments are read by the expert and the reading roles");
}

/** An expert's bookings are ended by the expert (withdrawing consent, erasure) or by a project officer (erasure). */
export function requireExpertOrOfficer(identity: Identity, expertId: string): void {
  const own = hasRole(identity, ...ROLE_GROUPS.experts) && identity.expertId === expertId;
  if (!own && !hasRole(identity, ...ROLE_GROUPS.officers)) throw forbidden("An expert's deployments are ended by the expert or a project officer");
}

/** An expert's profile beyond the public card (name, employer, nationality, Member State): the expert and project officers. */
export function mayReadProfile(identity: Identity, expertId: string): boolean {
  return (hasRole(identity, ...ROLE_GROUPS.experts) && identity.expertId === expertId) || hasRole(identity, ...ROLE_GROUPS.officers);
}
