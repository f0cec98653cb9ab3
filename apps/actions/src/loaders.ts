import { alignToKeys, groupToKeys } from '@mieux/service-kit';
import type { ServiceContext } from './context';
import { toActionModel, type ActionModel } from './action/action.model';
import { toActivityModel, type ActivityModel } from './activity/activity.model';
import { toDeploymentModel, type DeploymentModel } from './deployment/deployment.model';

/** Per-request loaders: N lookups of one kind cost one statement. */
export const load = {
  action: (ctx: ServiceContext) =>
    ctx.loaders.get<string, ActionModel | null>('action', async (ids) => alignToKeys(ids, (await ctx.actions.findByIds(ids)).map(toActionModel), (a) => a.id)),
  actionOfRequest: (ctx: ServiceContext) =>
    ctx.loaders.get<string, ActionModel | null>('action-of-request', async (ids) => alignToKeys(ids, (await ctx.actions.findByRequestIds(ids)).map(toActionModel), (a) => a.requestId)),
  launchedOn: (ctx: ServiceContext) =>
    ctx.loaders.get<string, string | null>('launched-on', async (ids) => {
      const started = await ctx.actions.launchedOn(ids);
      return ids.map((id) => started.get(id) ?? null);
    }),
  activity: (ctx: ServiceContext) =>
    ctx.loaders.get<string, ActivityModel | null>('activity', async (ids) => alignToKeys(ids, (await ctx.activities.findByIds(ids)).map(toActivityModel), (a) => a.id)),
  activitiesOfAction: (ctx: ServiceContext) =>
    ctx.loaders.get<string, ActivityModel[]>('activities-of-action', async (ids) => groupToKeys(ids, await ctx.activities.byActionIds(ids), (a) => a.actionId)),
  busyExperts: (ctx: ServiceContext) =>
    ctx.loaders.get<string, string[]>('busy-experts', async (ids) => groupToKeys(ids, await ctx.activities.busyExperts(ids), (b) => b.activityId).map((g) => g.map((b) => b.expertId))),
  deploymentsOfActivity: (ctx: ServiceContext) =>
    ctx.loaders.get<string, DeploymentModel[]>('deployments-of-activity', async (ids) => groupToKeys(ids, (await ctx.deployments.byActivityIds(ids)).map(toDeploymentModel), (d) => d.activityId)),
  deploymentsOfExpert: (ctx: ServiceContext) =>
    ctx.loaders.get<string, DeploymentModel[]>('deployments-of-expert', async (ids) => groupToKeys(ids, (await ctx.deployments.byExpertIds(ids)).map(toDeploymentModel), (d) => d.expertId)),
};
