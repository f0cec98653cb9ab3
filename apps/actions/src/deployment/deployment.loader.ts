import type { GraphQLResolveInfo } from 'graphql';
import { groupToKeys, selectsBelow } from '@mieux/service-kit';
import type { ServiceContext } from '../context';
import { expertCardLoader } from '../expert/expert.loader';
import { CARD_FIELDS } from '../expert/expert.model';
import { toDeploymentModel, type DeploymentModel } from './deployment.model';

const DEPLOYMENTS_OF_ACTIVITY = 'deployments-of-activity';

/** The deployments of N activities, one statement. */
export function deploymentsOfActivityLoader(ctx: ServiceContext) {
  return ctx.loaders.get<string, DeploymentModel[]>(DEPLOYMENTS_OF_ACTIVITY, async (ids) =>
    groupToKeys(ids, (await ctx.deployments.byActivityIds(ids)).map(toDeploymentModel), (d) => d.activityId),
  );
}

/** The deployments of N experts, one statement. */
export function deploymentsOfExpertLoader(ctx: ServiceContext) {
  return ctx.loaders.get<string, DeploymentModel[]>('deployments-of-expert', async (ids) =>
    groupToKeys(ids, (await ctx.deployments.byExpertIds(ids)).map(toDeploymentModel), (d) => d.expertId),
  );
}

/** An activity's deployments if this request has loaded them already, undefined if not (read without a promise). */
export function loadedDeployments(ctx: ServiceContext, activityId: string): DeploymentModel[] | undefined {
  return ctx.loaders.loaded(DEPLOYMENTS_OF_ACTIVITY, activityId);
}

/** Where the deployments of a connection's activities are, and their experts. */
const DEPLOYMENTS_OF_EACH_NODE = ['edges', 'node'];
const EXPERT_OF_EACH_DEPLOYMENT = ['edges', 'node', 'deployments', 'edges', 'node', 'expert'];

/**
 * Loads ahead the deployments of a page's activities when the query asks them below the page
 * (`info` is the page's field), and the cards of their experts when it asks a card field: with the
 * other pages' (one statement each, as the loaders would), before graphql-js reaches them, so that
 * `Activity.deployments` and `Deployment.expert` answer without a promise each (a page of Actions has
 * hundreds of activities and deployments). The cards are those of all the activities' deployments,
 * which is their page unless a caller pages an activity's deployments.
 */
export async function loadDeploymentsAhead(ctx: ServiceContext, info: GraphQLResolveInfo, activityIds: readonly string[]): Promise<void> {
  if (!selectsBelow(info, DEPLOYMENTS_OF_EACH_NODE, 'deployments')) return;
  const deployments = await deploymentsOfActivityLoader(ctx).loadMany(activityIds);
  if (!ctx.identity.sub || !selectsBelow(info, EXPERT_OF_EACH_DEPLOYMENT, CARD_FIELDS)) return;
  await expertCardLoader(ctx).loadMany(deployments.flatMap((loaded) => (loaded instanceof Error ? [] : loaded.map((d) => d.expertId))));
}
