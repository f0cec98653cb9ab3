import { forbidden, hasRole, partnerInstitutionOf, ROLE_GROUPS, unauthenticated, type Identity } from '@mieux/service-kit';
import type { ServiceContext } from '../context';
import type { EvaluationLinkRow } from './evaluation-link.entity';

/**
 * The institution a caller answers a partner authority's questionnaire for: a partner's. A holder of
 * a reading role answers for none, since the actions service lets it read every activity.
 */
export function answeringInstitution(identity: Identity): string | null {
  return hasRole(identity, ...ROLE_GROUPS.readAll) ? null : partnerInstitutionOf(identity);
}

/**
 * The caller's institution, when it is a partner of the activity's institution, as the actions service
 * decides for any partner (the institution of the activity's Action); FORBIDDEN otherwise.
 */
export async function requireInstitutionOf(ctx: ServiceContext, activityId: string): Promise<string> {
  const institution = answeringInstitution(ctx.identity);
  if (!institution || !(await ctx.activityClient.readsActivity(ctx, activityId)))
    throw forbidden("A partner authority's questionnaire is answered by a partner of the activity's institution");
  return institution;
}

/**
 * Who may answer through a link: anyone holding a participant's link (anonymously; null); a partner
 * authority's link only signed in as a partner of the activity's institution, which it returns.
 */
export async function requireLinkRespondent(ctx: ServiceContext, link: EvaluationLinkRow): Promise<string | null> {
  if (link.respondentType !== 'PARTNER_AUTHORITY') return null;
  if (!ctx.identity.sub) throw unauthenticated('Sign in as your institution to answer for the partner authority');
  return requireInstitutionOf(ctx, link.activityId);
}
