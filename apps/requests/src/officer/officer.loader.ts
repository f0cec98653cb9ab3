import { alignToKeys } from '@mieux/service-kit';
import type { ServiceContext } from '../context';
import { toOfficerModel, type ProjectOfficerModel } from './officer.model';

/** Project officers by id: N lookups, one statement. */
export function officerLoader(ctx: ServiceContext) {
  return ctx.loaders.get<string, ProjectOfficerModel | null>('officer', async (ids) =>
    alignToKeys(ids, (await ctx.officers.findByIds(ids)).map(toOfficerModel), (o) => o.id),
  );
}
