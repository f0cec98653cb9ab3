import { alignToKeys, groupToKeys } from '@mieux/service-kit';
import type { ServiceContext } from '../context';
import type { ActivityChangeRow } from './activity.entity';
import { toActivityModel, type ActivityModel } from './activity.model';

/** Activities by id: N lookups, one statement. */
export function activityLoader(ctx: ServiceContext) {
  return ctx.loaders.get<string, ActivityModel | null>('activity', async (ids) =>
    alignToKeys(ids, (await ctx.activities.findByIds(ids)).map(toActivityModel), (a) => a.id),
  );
}

/** The activities of N Actions, in date order, one statement. */
export function activitiesOfActionLoader(ctx: ServiceContext) {
  return ctx.loaders.get<string, ActivityModel[]>('activities-of-action', async (ids) =>
    groupToKeys(ids, await ctx.activities.byActionIds(ids), (a) => a.actionId),
  );
}

/** The experts busy on dates overlapping each of N activities, one statement. */
export function busyExpertsLoader(ctx: ServiceContext) {
  return ctx.loaders.get<string, string[]>('busy-experts', async (ids) =>
    groupToKeys(ids, await ctx.activities.busyExperts(ids), (b) => b.activityId).map((g) => g.map((b) => b.expertId)),
  );
}

/** The corrections of N activities, oldest first: one statement. */
export function activityHistoryLoader(ctx: ServiceContext) {
  return ctx.loaders.get<string, ActivityChangeRow[]>('activity-history', async (ids) =>
    groupToKeys(ids, await ctx.activities.historyOf(ids), (c) => c.activityId),
  );
}
