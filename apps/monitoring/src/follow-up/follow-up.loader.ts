import { groupToKeys } from '@mieux/service-kit';
import type { ServiceContext } from '../context';
import type { FollowUpModel } from './follow-up.model';

/** The follow-ups of N Actions: one statement. */
export function followUpsLoader(ctx: ServiceContext) {
  return ctx.loaders.get<string, FollowUpModel[]>('follow-ups', async (ids) => groupToKeys(ids, await ctx.followUps.ofActions(ids), (f) => f.actionId));
}
