import { groupToKeys } from '@mieux/service-kit';
import type { ServiceContext } from '../context';
import type { FinalEvaluationModel, ResultModel } from './result.model';

/** The results of N Actions: one statement. */
export function resultsLoader(ctx: ServiceContext) {
  return ctx.loaders.get<string, ResultModel[]>('results', async (ids) => groupToKeys(ids, await ctx.results.resultsOf(ids), (r) => r.actionId));
}

/** The final evaluation of N Actions, when recorded: one statement. */
export function finalEvaluationLoader(ctx: ServiceContext) {
  return ctx.loaders.get<string, FinalEvaluationModel | null>('final-evaluation', async (ids) =>
    groupToKeys(ids, await ctx.results.finalEvaluationsOf(ids), (r) => r.actionId).map((g) => g[0] ?? null),
  );
}

/** The activities that contributed to N results: one statement. */
export function resultActivitiesLoader(ctx: ServiceContext) {
  return ctx.loaders.get<string, string[]>('result-activities', async (ids) =>
    groupToKeys(ids, await ctx.results.activitiesOf(ids), (l) => l.resultId).map((links) => links.map((l) => l.activityId)),
  );
}
