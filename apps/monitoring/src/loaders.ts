import { groupToKeys } from '@mieux/service-kit';
import type { ServiceContext } from './context';
import { summarise, type EvaluationSummaryModel } from './evaluation/evaluation.model';
import type { ParticipationRow } from './participation/participation.entity';
import type { FinalEvaluationRow, IndicatorRow, ResultRow } from './result/result.entity';

/** Per-request loaders: N activities or Actions cost one statement per kind. */
export const load = {
  participation: (ctx: ServiceContext) =>
    ctx.loaders.get<string, ParticipationRow[]>('participation', async (ids) => groupToKeys(ids, await ctx.participation.ofActivities(ids), (r) => r.activityId)),
  evaluationSummary: (ctx: ServiceContext) =>
    ctx.loaders.get<string, EvaluationSummaryModel>('evaluation-summary', async (ids) =>
      groupToKeys(ids, await ctx.evaluations.countsOf(ids), (c) => c.activityId).map((counts, i) => summarise(ids[i], counts)),
    ),
  participants: (ctx: ServiceContext) =>
    ctx.loaders.get<string, number>('participants', async (ids) => {
      const sums = await ctx.participation.participantsOfActions(ids);
      return ids.map((id) => sums.get(id) ?? 0);
    }),
  results: (ctx: ServiceContext) =>
    ctx.loaders.get<string, ResultRow[]>('results', async (ids) => groupToKeys(ids, await ctx.results.resultsOf(ids), (r) => r.actionId)),
  indicators: (ctx: ServiceContext) =>
    ctx.loaders.get<string, IndicatorRow[]>('indicators', async (ids) => groupToKeys(ids, await ctx.results.indicatorsOf(ids), (r) => r.actionId)),
  finalEvaluation: (ctx: ServiceContext) =>
    ctx.loaders.get<string, FinalEvaluationRow | null>('final-evaluation', async (ids) => groupToKeys(ids, await ctx.results.finalEvaluationsOf(ids), (r) => r.actionId).map((g) => g[0] ?? null)),
};
