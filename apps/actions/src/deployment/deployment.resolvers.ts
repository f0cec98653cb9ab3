import { forbidden, hasRole, requireRole, requireSignedIn } from '@mieux/service-kit';
import { readsAllActions } from '../access';
import type { Resolvers } from '../generated/resolvers-types';
import { load } from '../loaders';
import { toDeploymentModel } from './deployment.model';

export const deploymentResolvers: Resolvers = {
  Mutation: {
    deployExpert: async (_, { activityId, expertId, role, idempotencyKey }, ctx) => {
      requireRole(ctx.identity, 'PROJECT_OFFICER');
      await ctx.facts.assertActiveExpert(ctx, expertId);
      return toDeploymentModel(await ctx.deployments.deploy(activityId, expertId, role, idempotencyKey ?? null));
    },
    cancelDeployment: async (_, { id }, ctx) => {
      requireRole(ctx.identity, 'PROJECT_OFFICER');
      return toDeploymentModel(await ctx.deployments.cancel(id));
    },
  },
  Deployment: {
    activity: async (deployment, _, ctx) => (await load.activity(ctx).load(deployment.activityId))!,
    expert: (deployment) => ({ id: deployment.expertId }),
  },
  Expert: {
    __resolveReference: (reference) => ({ id: reference.id }),
    deployments: (expert, _, ctx) => {
      requireSignedIn(ctx.identity);
      const own = hasRole(ctx.identity, 'EXPERT') && ctx.identity.expertId === expert.id;
      if (!own && !readsAllActions(ctx.identity)) throw forbidden("An expert's deployments are read by the expert and the reading roles");
      return load.deploymentsOfExpert(ctx).load(expert.id);
    },
  },
};
