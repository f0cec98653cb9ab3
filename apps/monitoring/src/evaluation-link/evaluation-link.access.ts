import { forbidden, hasRole, ROLE_GROUPS, unauthenticated } from '@mieux/service-kit';
import type { ServiceContext } from '../context';
import type { EvaluationLinkRow } from './evaluation-link.entity';

/**
 * Who may answer through a link: anyone holding a participant's link (anonymously); a partner
 * authority's link only signed in as a partner whose institution reads the activity, as the actions
 * service decides for any partner (the institution of the activity's Action).
 */
export async function requireLinkRespondent(ctx: ServiceContext, link: EvaluationLinkRow): Promise<void> {
  if (link.respondentType !== 'PARTNER_AUTHORITY') return;
  if (!ctx.identity.sub) throw unauthenticated('Sign in as your institution to answer for the partner authority');
  const partner = ctx.identity.roles.includes('PARTNER') && !hasRole(ctx.identity, ...ROLE_GROUPS.readAll);
  if (!partner || !(await ctx.activityClient.readsActivity(ctx, link.activityId)))
    throw forbidden("A partner authority's link is answered by a partner of the activity's institution");
}
