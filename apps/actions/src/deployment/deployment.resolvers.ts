import { allow, ROLE_GROUPS, scopedIdempotencyKey } from '@mieux/service-kit';
import { activityLoader } from '../activity/activity.loader';
import type { Resolvers } from '../generated/resolvers-types';
import { toDeploymentModel } from './deployment.model';

export const deploymentResolvers: Resolvers = {
  Mutation: {
    deployExpert: allow(ROLE_GROUPS.officers, async (_, { activityId, expertId, role, idempotencyKey }, ctx) => {
      await ctx.expertClient.assertActiveExpert(ctx, expertId);
      return toDeploymentModel(
        await ctx.deployments.deploy(activityId, expertId, role, scopedIdempotencyKey(ctx.identity, idempotencyKey, { activityId, expertId, role })),
      );
    }),
    cancelDeployment: allow(ROLE_GROUPS.officers, async (_, { id }, ctx) => toDeploymentModel(await ctx.deployments.cancel(id))),
  },
  Deployment: {
    activity: async (deployment, _, ctx) => (await activityLoader(ctx).load(deployment.activityId))!,
    expert: (deployment) => ({ id: deployment.expertId }),
  },
};
