import { allowedActionTransitions, findBeneficiary, type ActionStatus } from '@mieux/domain';
import { hasRole, requireRole, requireSignedIn, today } from '@mieux/service-kit';
import { readsAllActions, requireActionReader } from '../access';
import type { Resolvers } from '../generated/resolvers-types';
import { load } from '../loaders';
import { launchOf, toActionModel } from './action.model';

export const actionResolvers: Resolvers = {
  Query: {
    action: (_, { id }, ctx) => {
      requireActionReader(ctx.identity);
      return load.action(ctx).load(id);
    },
    actions: (_, { filter, first, after }, ctx) => {
      requireActionReader(ctx.identity);
      return ctx.actions.list(filter ?? {}, { first, after });
    },
  },
  Mutation: {
    createAction: async (_, { input }, ctx) => {
      requireRole(ctx.identity, 'PROJECT_OFFICER');
      const request = await ctx.facts.approvedRequest(ctx, input.requestId);
      const row = await ctx.actions.create({
        requestId: request.id,
        title: input.title?.trim() || request.title,
        beneficiaryCode: request.country.code,
        region: request.country.region ?? findBeneficiary(request.country.code)?.region ?? null,
        thematicAreas: request.thematicAreas,
        approvedOn: request.approvedOn!,
      });
      return toActionModel(row);
    },
    closeAction: async (_, { id }, ctx) => {
      requireRole(ctx.identity, 'PROJECT_OFFICER');
      return toActionModel(await ctx.actions.transition(id, 'CLOSED'));
    },
    cancelAction: async (_, { id }, ctx) => {
      requireRole(ctx.identity, 'PROJECT_OFFICER');
      return toActionModel(await ctx.actions.transition(id, 'CANCELLED'));
    },
  },
  Action: {
    __resolveReference: (reference, ctx) => (readsAllActions(ctx.identity) ? load.action(ctx).load(reference.id) : null),
    status: (action) => action.status as ActionStatus,
    allowedTransitions: (action) => [...allowedActionTransitions(action.status as ActionStatus)],
    request: (action) => ({ id: action.requestId }),
    country: (action) => ({ code: action.beneficiaryCode }),
    launchTarget: (action) => launchOf(action.approvedOn, null, today()).launchTarget,
    launchedOn: (action, _, ctx) => load.launchedOn(ctx).load(action.id),
    launchedOnTime: async (action, _, ctx) => launchOf(action.approvedOn, await load.launchedOn(ctx).load(action.id), today()).launchedOnTime,
    phase: (action) => launchOf(action.approvedOn, null, today()).phase,
    activities: async (action, { first }, ctx) => (await load.activitiesOfAction(ctx).load(action.id)).slice(0, Math.max(0, Math.min(first ?? 20, 100))),
    activityCount: async (action, _, ctx) => (await load.activitiesOfAction(ctx).load(action.id)).length,
  },
  Request: {
    __resolveReference: (reference) => ({ id: reference.id }),
    action: (request, _, ctx) => {
      requireSignedIn(ctx.identity);
      return hasRole(ctx.identity, 'PROJECT_OFFICER', 'STEERING_COMMITTEE', 'ANALYST') ? load.actionOfRequest(ctx).load(request.id) : null;
    },
  },
};
