import { availabilityCovers, availabilityOverride, invitationExpired, invitationExpiresAt } from '@mieux/domain';
import { allow, callerId, field, forbidden, hasRole, parseInput, ROLE_GROUPS, scopedIdempotencyKey, sliceConnection, z } from '@mieux/service-kit';
import { activityLoader } from '../activity/activity.loader';
import type { ServiceContext } from '../context';
import { deploymentsOfActivityLoader } from '../deployment/deployment.loader';
import type { Resolvers } from '../generated/resolvers-types';
import { invitationsOfActivityLoader, invitationsOfExpertLoader } from './invitation.loader';
import { LATEST_FIRST, toInvitationModel, type InvitationModel } from './invitation.model';
import type { Settled } from './invitation.repository';

const TEXT = { termsOfReference: 5000, reason: 1000 };
const invitationInput = z.object({ termsOfReference: field.text(TEXT.termsOfReference), overrideReason: field.string(TEXT.reason).nullish() });
const reasonInput = z.object({ reason: field.optionalText(TEXT.reason) });

/** The invitation an answer or a withdrawal left; one found past its expiry is refused, once its expiry is written. */
function settled(result: Settled): InvitationModel {
  if (result.expired) throw invitationExpired(result.invitation.expiresAt);
  return toInvitationModel(result.invitation, new Date());
}

/** The invited expert reads their invitation; project officers read every one. */
function mayReadInvitation(ctx: ServiceContext, invitation: InvitationModel): boolean {
  return hasRole(ctx.identity, ...ROLE_GROUPS.officers) || (hasRole(ctx.identity, ...ROLE_GROUPS.experts) && ctx.identity.expertId === invitation.expertId);
}

export const invitationResolvers: Resolvers = {
  Query: {
    myInvitations: allow(ROLE_GROUPS.experts, async (_, { status, ...page }, ctx) => {
      if (!ctx.identity.expertId) throw forbidden('Invitations are read by the expert they are addressed to');
      const mine = await invitationsOfExpertLoader(ctx).load(ctx.identity.expertId);
      return sliceConnection(status?.length ? mine.filter((i) => status.includes(i.status)) : mine, page, LATEST_FIRST);
    }),
  },
  Mutation: {
    inviteExpert: allow(ROLE_GROUPS.officers, async (_, { activityId, expertId, role, termsOfReference, overrideAvailability, idempotencyKey }, ctx) => {
      const input = parseInput(invitationInput, { termsOfReference, overrideReason: overrideAvailability?.reason }, '');
      const key = scopedIdempotencyKey(ctx.identity, idempotencyKey, { activityId, expertId, role, termsOfReference });
      const request = { activityId, expertId, role, termsOfReference: input.termsOfReference, invitedBy: callerId(ctx.identity) };
      const row = await ctx.invitations.invite(request, key, async (activity, now) => {
        const expiresAt = invitationExpiresAt(now, ctx.config.invitationTtlHours, activity.startsOn);
        const availability = await ctx.expertClient.availabilityOf(ctx, expertId);
        const dates = { startsOn: activity.startsOn, endsOn: activity.endsOn };
        const override = input.overrideReason === undefined || input.overrideReason === null ? null : { reason: input.overrideReason };
        return { expiresAt, overrideReason: availabilityOverride(availabilityCovers(availability, dates), dates, override) };
      });
      return toInvitationModel(row, new Date());
    }),
    respondToInvitation: allow(ROLE_GROUPS.experts, async (_, { id, accept, reason }, ctx) => {
      const { reason: why } = parseInput(reasonInput, { reason }, '');
      const expertId = ctx.identity.expertId ?? '';
      return settled(await ctx.invitations.answer(id, expertId, accept, why, () => ctx.expertClient.assertActiveExpert(ctx, expertId)));
    }),
    withdrawInvitation: allow(ROLE_GROUPS.officers, async (_, { id, reason }, ctx) => {
      const { reason: why } = parseInput(reasonInput, { reason }, '');
      return settled(await ctx.invitations.withdraw(id, why));
    }),
    expireInvitations: allow(ROLE_GROUPS.officers, async (_, __, ctx) => (await ctx.invitations.expireDue(new Date())).length),
  },
  Activity: {
    invitations: allow(ROLE_GROUPS.officers, async (activity, page, ctx) =>
      sliceConnection(await invitationsOfActivityLoader(ctx).load(activity.id), page, LATEST_FIRST),
    ),
  },
  Deployment: {
    invitation: async (deployment, _, ctx) => {
      if (!deployment.invitationId) return null;
      const invitation = (await invitationsOfActivityLoader(ctx).load(deployment.activityId)).find((i) => i.id === deployment.invitationId);
      return invitation && mayReadInvitation(ctx, invitation) ? invitation : null;
    },
  },
  Invitation: {
    // The invitation was read by its expert or an officer: its activity is theirs to read.
    activity: async (invitation, _, ctx) => (await activityLoader(ctx).load(invitation.activityId))!,
    expert: (invitation) => ({ id: invitation.expertId }),
    reason: (invitation) => invitation.answerReason,
    availabilityOverrideReason: (invitation) => invitation.overrideReason,
    deployment: async (invitation, _, ctx) =>
      invitation.deploymentId
        ? ((await deploymentsOfActivityLoader(ctx).load(invitation.activityId)).find((d) => d.id === invitation.deploymentId) ?? null)
        : null,
  },
};
