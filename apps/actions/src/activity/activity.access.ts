import { hasRole, partnerInstitutionOf, ROLE_GROUPS } from '@mieux/service-kit';
import type { ServiceContext } from '../context';
import { readableActionById } from '../action/action.access';
import { deploymentsOfActivityLoader } from '../deployment/deployment.loader';
import { invitationsOfActivityLoader } from '../invitation/invitation.loader';
import { activityLoader } from './activity.loader';
import type { ActivityModel } from './activity.model';

/** Experts read the activities they are deployed on or invited to, partners those of their institution's Actions; the reading roles read all. */
async function mayRead(ctx: ServiceContext, activity: ActivityModel): Promise<boolean> {
  if (hasRole(ctx.identity, ...ROLE_GROUPS.readAll)) return true;
  if (partnerInstitutionOf(ctx.identity)) return (await readableActionById(ctx, activity.actionId)) !== null;
  if (!ctx.identity.expertId || !hasRole(ctx.identity, ...ROLE_GROUPS.experts)) return false;
  const own = (booking: { expertId: string }) => booking.expertId === ctx.identity.expertId;
  return (await deploymentsOfActivityLoader(ctx).load(activity.id)).some(own) || (await invitationsOfActivityLoader(ctx).load(activity.id)).some(own);
}

/** The activity if the caller may read it; null when it does not exist or is not theirs to read. */
export async function readableActivity(ctx: ServiceContext, id: string): Promise<ActivityModel | null> {
  const activity = await activityLoader(ctx).load(id);
  return activity && (await mayRead(ctx, activity)) ? activity : null;
}
