import { groupToKeys } from '@mieux/service-kit';
import type { ServiceContext } from '../context';
import { toInvitationModel, type InvitationModel } from './invitation.model';

/** The invitations of N activities, one statement; their status as it stands at the time of the request. */
export function invitationsOfActivityLoader(ctx: ServiceContext) {
  return ctx.loaders.get<string, InvitationModel[]>('invitations-of-activity', async (ids) => {
    const now = new Date();
    return groupToKeys(
      ids,
      (await ctx.invitations.byActivityIds(ids)).map((row) => toInvitationModel(row, now)),
      (i) => i.activityId,
    );
  });
}

/** The invitations of N experts, one statement. */
export function invitationsOfExpertLoader(ctx: ServiceContext) {
  return ctx.loaders.get<string, InvitationModel[]>('invitations-of-expert', async (ids) => {
    const now = new Date();
    return groupToKeys(
      ids,
      (await ctx.invitations.byExpertIds(ids)).map((row) => toInvitationModel(row, now)),
      (i) => i.expertId,
    );
  });
}
