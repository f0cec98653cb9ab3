import { groupToKeys } from '@mieux/service-kit';
import type { ServiceContext } from '../context';
import type { IndicatorModel } from './indicator.model';

/** The indicators of N Actions: one statement. */
export function indicatorsLoader(ctx: ServiceContext) {
  return ctx.loaders.get<string, IndicatorModel[]>('indicators', async (ids) => groupToKeys(ids, await ctx.indicators.indicatorsOf(ids), (r) => r.actionId));
}
