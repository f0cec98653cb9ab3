import { groupToKeys } from '@mieux/service-kit';
import type { ServiceContext } from '../context';
import type { LinkCount } from '../evaluation-link/evaluation-link.repository';
import { summarise, type EvaluationSummaryModel } from './evaluation.model';

/** The evaluation summaries of N activities: one grouped statement. */
export function evaluationSummaryLoader(ctx: ServiceContext) {
  return ctx.loaders.get<string, EvaluationSummaryModel>('evaluation-summary', async (ids) =>
    groupToKeys(ids, await ctx.evaluations.countsOf(ids), (c) => c.activityId).map((counts, i) => summarise(ids[i], counts)),
  );
}

/** The questionnaire links issued and answered of N activities, per respondent type: one grouped statement. */
export function linkCountsLoader(ctx: ServiceContext) {
  return ctx.loaders.get<string, LinkCount[]>('evaluation-link-counts', async (ids) =>
    groupToKeys(ids, await ctx.evaluationLinks.countsOf(ids), (c) => c.activityId),
  );
}
