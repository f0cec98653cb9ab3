import { alignToKeys, groupToKeys } from '@mieux/service-kit';
import type { ServiceContext } from '../context';
import { toRequestModel, toTransitionModel, type RequestModel, type TransitionModel } from './request.model';

/** The request's requests by id: N lookups, one statement. */
export function requestLoader(ctx: ServiceContext) {
  return ctx.loaders.get<string, RequestModel | null>('request', async (ids) =>
    alignToKeys(ids, (await ctx.requests.findByIds(ids)).map(toRequestModel), (r) => r.id),
  );
}

/** Histories of N requests, one statement. */
export function historyLoader(ctx: ServiceContext) {
  return ctx.loaders.get<string, TransitionModel[]>('request-history', async (ids) => {
    const rows = await ctx.requests.historyOf(ids);
    return groupToKeys(ids, rows, (r) => r.requestId).map((group) => group.map(toTransitionModel));
  });
}
