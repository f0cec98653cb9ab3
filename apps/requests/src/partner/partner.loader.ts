import { alignToKeys } from '@mieux/service-kit';
import type { ServiceContext } from '../context';
import { toPartnerModel, type PartnerInstitutionModel } from './partner.model';

/** Partner institutions by id: N lookups, one statement. */
export function partnerLoader(ctx: ServiceContext) {
  return ctx.loaders.get<string, PartnerInstitutionModel | null>('partner-institution', async (ids) =>
    alignToKeys(ids, (await ctx.partners.findByIds(ids)).map(toPartnerModel), (p) => p.id),
  );
}

/** The institutions of a list of ids that exist, in its order. */
export async function partnersOf(ctx: ServiceContext, ids: readonly string[]): Promise<PartnerInstitutionModel[]> {
  return (await partnerLoader(ctx).loadMany(ids)).filter((p): p is PartnerInstitutionModel => p !== null && !(p instanceof Error));
}
