import { groupToKeys } from '@mieux/service-kit';
import type { ServiceContext } from '../context';
import type { ParticipationModel } from './participation.model';

/** Every participation record of N activities, current and earlier: one statement. */
export function participationLoader(ctx: ServiceContext) {
  return ctx.loaders.get<string, ParticipationModel[]>('participation', async (ids) =>
    groupToKeys(ids, await ctx.participation.ofActivities(ids), (r) => r.activityId),
  );
}

/** Participants of N Actions over their current records: one statement. */
export function participantsOfActionLoader(ctx: ServiceContext) {
  return ctx.loaders.get<string, number>('participants', async (ids) => {
    const sums = await ctx.participation.participantsOfActions(ids);
    return ids.map((id) => sums.get(id) ?? 0);
  });
}
