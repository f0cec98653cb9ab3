import { countsTowardSatisfaction, satisfactionRate, type Rating } from '@mieux/domain';
import { trustedIdSet } from '@mieux/service-kit';
import type { ServiceContext } from '../context';

interface Figures {
  participants: number;
  womenParticipants: number;
  satisfactionRate: number | null;
  policiesSupported: number;
}

/** The sets of a portfolio or slice the actions service resolved, each with its signature. */
interface Sets {
  activityIds?: string[];
  actionIds?: string[];
  activityIdsSignature?: string;
  actionIdsSignature?: string;
}

/**
 * The monitoring figures of every portfolio or slice in a batch: one statement per kind (participation,
 * evaluations, results) over the union of the sets the actions service resolved.
 */
function figures(ctx: ServiceContext) {
  return ctx.loaders.get<Sets, Figures, string>(
    'portfolio-figures',
    async (batch) => {
      const activityIds = [...new Set(batch.flatMap((s) => s.activityIds ?? []))];
      const actionIds = [...new Set(batch.flatMap((s) => s.actionIds ?? []))];
      const [participation, counts, policies] = await Promise.all([
        ctx.participation.currentOf(activityIds),
        ctx.evaluations.countsOf(activityIds),
        ctx.results.policiesOf(actionIds),
      ]);
      return batch.map((set) => {
        const activities = new Set(set.activityIds ?? []);
        const mine = participation.filter((p) => activities.has(p.activityId));
        const ratings: Partial<Record<Rating, number>> = {};
        for (const c of counts) {
          if (activities.has(c.activityId) && countsTowardSatisfaction(c.respondentType))
            ratings[c.rating as Rating] = (ratings[c.rating as Rating] ?? 0) + c.count;
        }
        return {
          participants: mine.reduce((s, p) => s + p.total, 0),
          womenParticipants: mine.reduce((s, p) => s + p.women, 0),
          satisfactionRate: satisfactionRate(ratings),
          policiesSupported: (set.actionIds ?? []).reduce((s, id) => s + (policies.get(id) ?? 0), 0),
        };
      });
    },
    { cacheKeyFn: (set) => `${[...(set.activityIds ?? [])].sort().join(',')}|${[...(set.actionIds ?? [])].sort().join(',')}` },
  );
}

/** The monitoring figures of a portfolio or slice, over sets the actions service signed (FORBIDDEN for any other). */
export const figuresOf = (set: Sets, ctx: ServiceContext) =>
  figures(ctx).load({
    activityIds: set.activityIds && trustedIdSet('activityIds', set.activityIds, set.activityIdsSignature, ctx.config.subgraphSecret),
    actionIds: set.actionIds && trustedIdSet('actionIds', set.actionIds, set.actionIdsSignature, ctx.config.subgraphSecret),
  });
