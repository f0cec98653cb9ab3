import { badUserInput, forbidden, hasRole, ROLE_GROUPS, type Identity } from '@mieux/service-kit';

const isOfficer = (identity: Identity) => hasRole(identity, ...ROLE_GROUPS.officers);

/**
 * An expert evaluates only activities they were deployed to, and as EXPERT; project officers
 * record any evaluation.
 */
export function requireEvaluator(identity: Identity, deployedExperts: readonly string[], respondentType: string): void {
  if (isOfficer(identity)) return;
  const deployed = hasRole(identity, ...ROLE_GROUPS.experts) && identity.expertId !== null && deployedExperts.includes(identity.expertId);
  if (!deployed) throw forbidden('Evaluations are submitted by project officers and by the experts deployed on the activity');
  if (respondentType !== 'EXPERT') throw badUserInput([{ field: 'input.respondentType', message: 'an expert evaluates as EXPERT' }]);
}

/** Individual answers (comments, respondents) are for project officers; everyone else sees aggregates. */
export const readsIndividualEvaluations = isOfficer;
