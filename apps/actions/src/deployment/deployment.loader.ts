import { groupToKeys } from '@mieux/service-kit';
import type { ServiceContext } from '../context';
import { toDeploymentModel, type DeploymentModel } from './deployment.model';

/** The deployments of N activities, one statement. */
export function deploymentsOfActivityLoader(ctx: ServiceContext) {
  return ctx.loaders.get<string, DeploymentModel[]>('deployments-of-activity', async (ids) =>
    groupToKeys(ids, (await ctx.deployments.byActivityIds(ids)).map(toDeploymentModel), (d) => d.activityId),
  );
}

/** The deployments of N experts, one statement. */
export function deploymentsOfExpertLoader(ctx: ServiceContext) {
  return ctx.loaders.get<string, DeploymentModel[]>('deployments-of-expert', async (ids) =>
    groupToKeys(ids, (await ctx.deployments.byExpertIds(ids)).map(toDeploymentModel), (d) => d.expertId),
  );
}
