import { alignToKeys, groupToKeys } from '@mieux/service-kit';
import type { ActivityDraftRow } from '../activity/activity.entity';
import type { ServiceContext } from '../context';
import type { ActionTransitionRow } from './action.entity';
import { toActionModel, type ActionModel } from './action.model';

/** Actions by id: N lookups, one statement. */
export function actionLoader(ctx: ServiceContext) {
  return ctx.loaders.get<string, ActionModel | null>('action', async (ids) =>
    alignToKeys(ids, (await ctx.actions.findByIds(ids)).map(toActionModel), (a) => a.id),
  );
}

/** The Action of each of N requests, one statement. */
export function actionOfRequestLoader(ctx: ServiceContext) {
  return ctx.loaders.get<string, ActionModel | null>('action-of-request', async (ids) =>
    alignToKeys(ids, (await ctx.actions.findByRequestIds(ids)).map(toActionModel), (a) => a.requestId),
  );
}

/** The activity drafts of N Actions, one statement. */
export function draftsOfActionLoader(ctx: ServiceContext) {
  return ctx.loaders.get<string, ActivityDraftRow[]>('action-drafts', async (ids) => groupToKeys(ids, await ctx.actions.draftsOf(ids), (d) => d.actionId));
}

/** The partner institutions of N Actions, one statement. */
export function partnersOfActionLoader(ctx: ServiceContext) {
  return ctx.loaders.get<string, string[]>('action-partners', async (ids) =>
    groupToKeys(ids, await ctx.actions.partnersOf(ids), (p) => p.actionId).map((group) => group.map((p) => p.institutionId)),
  );
}

/** Start of the first activity held of N Actions, one statement. */
export function launchedOnLoader(ctx: ServiceContext) {
  return ctx.loaders.get<string, string | null>('launched-on', async (ids) => {
    const started = await ctx.actions.launchedOn(ids);
    return ids.map((id) => started.get(id) ?? null);
  });
}

/** The history of N Actions: one statement. */
export function actionHistoryLoader(ctx: ServiceContext) {
  return ctx.loaders.get<string, ActionTransitionRow[]>('action-history', async (ids) => groupToKeys(ids, await ctx.actions.historyOf(ids), (t) => t.actionId));
}
