import type { Resolvers } from '../generated/resolvers-types';
import { indicatorsLoader } from '../indicator/indicator.loader';
import { participantsOfActionLoader } from '../participation/participation.loader';
import { finalEvaluationLoader, resultsLoader } from '../result/result.loader';

/** What this service adds to an Action: its results, indicators, participants and final evaluation. */
export const actionResolvers: Resolvers = {
  Action: {
    results: (action, _, ctx) => resultsLoader(ctx).load(action.id),
    indicators: (action, _, ctx) => indicatorsLoader(ctx).load(action.id),
    participants: (action, _, ctx) => participantsOfActionLoader(ctx).load(action.id),
    finalEvaluation: (action, _, ctx) => finalEvaluationLoader(ctx).load(action.id),
  },
};
