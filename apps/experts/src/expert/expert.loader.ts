import { alignToKeys } from '@mieux/service-kit';
import type { ServiceContext } from '../context';
import type { ExpertModel } from './expert.model';

/** Experts by id: N lookups, one statement. */
export function expertLoader(ctx: ServiceContext) {
  return ctx.loaders.get<string, ExpertModel | null>('expert', async (ids) => alignToKeys(ids, await ctx.experts.findByIds(ids), (e) => e.id));
}
