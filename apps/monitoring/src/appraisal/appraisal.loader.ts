import { groupToKeys } from '@mieux/service-kit';
import type { ServiceContext } from '../context';
import { toAppraisalModel, type AppraisalModel } from './appraisal.model';

/** The appraisals of N activities: one statement. */
export function appraisalsLoader(ctx: ServiceContext) {
  return ctx.loaders.get<string, AppraisalModel[]>('appraisals', async (ids) =>
    groupToKeys(ids, await ctx.appraisals.ofActivities(ids), (a) => a.activityId).map((rows) => rows.map(toAppraisalModel)),
  );
}
