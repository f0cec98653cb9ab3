import { endsWithConsent } from '@mieux/domain';
import { allow, field, parseInput, ROLE_GROUPS, scopedIdempotencyKey, selects, today as todayOf, z } from '@mieux/service-kit';
import { mayReadProfile, requireExpertOrOfficer } from '../expert/expert.access';
import { expertCardLoader, loadedCard } from '../expert/expert.loader';
import { CARD_FIELDS, cardFor, type ExpertStub } from '../expert/expert.model';
import { activityLoader } from '../activity/activity.loader';
import type { Resolvers } from '../generated/resolvers-types';
import { toDeploymentModel } from './deployment.model';

/** Why a deployment is recorded after its activity was held: required, kept on the deployment. */
const pastDeploymentInput = z.object({ reason: field.text(1000) });

export const deploymentResolvers: Resolvers = {
  Mutation: {
    deployExpert: allow(ROLE_GROUPS.officers, async (_, { activityId, expertId, role, idempotencyKey }, ctx) => {
      const key = scopedIdempotencyKey(ctx.identity, idempotencyKey, { activityId, expertId, role });
      const deployment = await ctx.deployments.deploy(activityId, expertId, role, key, () => ctx.expertClient.assertActiveExpert(ctx, expertId));
      return toDeploymentModel(deployment);
    }),
    recordPastDeployment: allow(ROLE_GROUPS.officers, async (_, { activityId, expertId, role, reason, idempotencyKey }, ctx) => {
      const { reason: why } = parseInput(pastDeploymentInput, { reason }, '');
      const key = scopedIdempotencyKey(ctx.identity, idempotencyKey, { activityId, expertId, role, reason: why });
      const assertRecordable = () => ctx.expertClient.assertRecordableExpert(ctx, expertId);
      return toDeploymentModel(await ctx.deployments.deploy(activityId, expertId, role, key, assertRecordable, why));
    }),
    endFutureDeployments: allow(ROLE_GROUPS.signedIn, async (_, { expertId }, ctx) => {
      requireExpertOrOfficer(ctx.identity, expertId);
      const today = todayOf();
      return (await ctx.deployments.endOfExpert(expertId, (d) => endsWithConsent(d, today))).map(toDeploymentModel);
    }),
    cancelDeployment: allow(ROLE_GROUPS.officers, async (_, { id }, ctx) => toDeploymentModel(await ctx.deployments.cancel(id))),
  },
  Deployment: {
    activity: async (deployment, _, ctx) => (await activityLoader(ctx).load(deployment.activityId))!,
    // The card as this service keeps it (asked of the experts service on a miss), when asked; the profile is for signed-in callers, as there.
    expert: (deployment, _, ctx, info) => {
      if (!selects(info, CARD_FIELDS)) return { id: deployment.expertId };
      if (!ctx.identity.sub) return null;
      const card = (expert: ExpertStub | null) => expert && cardFor(expert, mayReadProfile(ctx.identity, deployment.expertId));
      const loaded = loadedCard(ctx, deployment.expertId);
      return loaded === undefined ? expertCardLoader(ctx).load(deployment.expertId).then(card) : card(loaded);
    },
  },
};
