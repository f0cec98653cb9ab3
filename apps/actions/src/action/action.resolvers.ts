import {
  activityDraftsOf,
  allowedActionTransitions,
  assertActionTransition,
  figuresByYear,
  findBeneficiary,
  launchTimesOf,
  MIEUX_BEGAN_ON,
  type ActionStatus,
  type ActivityType,
} from '@mieux/domain';
import {
  actorOf,
  allow,
  callerId,
  conflict,
  field,
  hasRole,
  notFound,
  parseInput,
  parseYearRange,
  partnerInstitutionOf,
  ROLE_GROUPS,
  selects,
  sliceConnection,
  today,
  z,
} from '@mieux/service-kit';
import { activitiesOfActionLoader } from '../activity/activity.loader';
import { BY_START_DATE } from '../activity/activity.model';
import { loadDeploymentsAhead } from '../deployment/deployment.loader';
import type { Resolvers } from '../generated/resolvers-types';
import { parseCreateActionInput } from './action.input';
import { readableAction, readableActionById } from './action.access';
import { actionHistoryLoader, actionLoader, draftsOfActionLoader, launchedOnLoader } from './action.loader';
import { launchOf, toActionModel } from './action.model';

export const actionResolvers: Resolvers = {
  Query: {
    action: allow(ROLE_GROUPS.actionReaders, (_, { id }, ctx) => readableActionById(ctx, id)),
    actionByReference: allow(ROLE_GROUPS.actionReaders, async (_, { reference }, ctx) => {
      const row = await ctx.actions.findByReference(reference);
      return readableAction(ctx, row && toActionModel(row));
    }),
    myActions: allow(ROLE_GROUPS.actionReaders, (_, page, ctx, info) => {
      const mine = hasRole(ctx.identity, ...ROLE_GROUPS.readAll)
        ? { assignedOfficerId: callerId(ctx.identity) }
        : { partnerOf: partnerInstitutionOf(ctx.identity) };
      return ctx.actions.list(mine, { ...page, count: selects(info, 'totalCount') });
    }),
    actions: allow(ROLE_GROUPS.actionReaders, (_, { filter, ...page }, ctx, info) => {
      const own = hasRole(ctx.identity, ...ROLE_GROUPS.readAll) ? {} : { partnerOf: partnerInstitutionOf(ctx.identity) };
      return ctx.actions.list({ ...filter, ...own }, { ...page, count: selects(info, 'totalCount') });
    }),
    timeToLaunch: allow(ROLE_GROUPS.readAll, async (_, args, ctx) => {
      const { fromYear, toYear } = parseYearRange(args, Number(MIEUX_BEGAN_ON.slice(0, 4)), Number(today().slice(0, 4)));
      return figuresByYear(await ctx.actions.launchDays(fromYear, toYear), launchTimesOf);
    }),
  },
  Mutation: {
    createAction: allow(ROLE_GROUPS.officers, async (_, { input }, ctx) => {
      const { requestId, title } = parseCreateActionInput(input);
      const request = await ctx.requestClient.approvedRequest(ctx, requestId);
      const row = await ctx.actions.create(
        {
          requestId: request.id,
          title: title ?? request.title,
          beneficiaryCode: request.country.code,
          region: request.country.region ?? findBeneficiary(request.country.code)?.region ?? null,
          thematicAreas: request.thematicAreas,
          subTopics: request.subTopics,
          approvedOn: request.approvedOn,
          partnerIds: request.partners.map((p) => p.id),
          assignedOfficerId: request.assignedOfficer?.id ?? null,
          drafts: activityDraftsOf(request.actionFiche?.plannedActivities ?? []),
        },
        actorOf(ctx.identity, ROLE_GROUPS.officers),
      );
      return toActionModel(row);
    }),
    assignAction: allow(ROLE_GROUPS.officers, async (_, { id, officerId }, ctx) => {
      const officer = await ctx.requestClient.projectOfficer(ctx, officerId);
      return toActionModel(await ctx.actions.assign(id, officer, actorOf(ctx.identity, ROLE_GROUPS.officers)));
    }),
    closeAction: allow(ROLE_GROUPS.officers, async (_, { id }, ctx) => {
      // The lifecycle answers first (a PLANNED Action cannot close, evaluated or not); then the evaluation.
      const action = await actionLoader(ctx).load(id);
      if (!action) throw notFound('Action', id);
      assertActionTransition(action.status as ActionStatus, 'CLOSED');
      const evaluatedOn = await ctx.monitoringClient.finalEvaluationOn(ctx, id);
      if (!evaluatedOn) throw conflict('An Action is closed once its final evaluation is recorded (recordFinalEvaluation)', { reason: 'NO_FINAL_EVALUATION' });
      return toActionModel(await ctx.actions.transition(id, 'CLOSED', actorOf(ctx.identity, ROLE_GROUPS.officers), `Final evaluation of ${evaluatedOn}`));
    }),
    cancelAction: allow(ROLE_GROUPS.officers, async (_, { id, reason }, ctx) => {
      const { reason: why } = parseInput(z.object({ reason: field.text(2000) }), { reason }, '');
      return toActionModel(await ctx.actions.transition(id, 'CANCELLED', actorOf(ctx.identity, ROLE_GROUPS.officers), why));
    }),
  },
  Action: {
    __resolveReference: (reference, ctx) => readableActionById(ctx, reference.id),
    status: (action) => action.status as ActionStatus,
    allowedTransitions: (action) => [...allowedActionTransitions(action.status as ActionStatus)],
    request: (action) => ({ id: action.requestId }),
    assignedOfficer: (action) => (action.assignedOfficerId ? { id: action.assignedOfficerId } : null),
    country: (action) => ({ code: action.beneficiaryCode }),
    launchTarget: (action) => launchOf(action.approvedOn, null, today()).launchTarget,
    launchedOn: (action, _, ctx) => launchedOnLoader(ctx).load(action.id),
    launchedOnTime: async (action, _, ctx) => launchOf(action.approvedOn, await launchedOnLoader(ctx).load(action.id), today()).launchedOnTime,
    phase: (action) => launchOf(action.approvedOn, null, today()).phase,
    history: async (action, _, ctx) =>
      (await actionHistoryLoader(ctx).load(action.id)).map((t) => ({
        from: t.fromStatus as ActionStatus | null,
        to: t.toStatus as ActionStatus,
        by: t.role,
        actorId: t.actorId,
        at: t.at,
        reason: t.reason,
      })),
    activities: async (action, page, ctx, info) => {
      const connection = sliceConnection(await activitiesOfActionLoader(ctx).load(action.id), page, BY_START_DATE);
      await loadDeploymentsAhead(
        ctx,
        info,
        connection.edges.map((edge) => edge.node.id),
      );
      return connection;
    },
    activityDrafts: async (action, _, ctx) =>
      (await draftsOfActionLoader(ctx).load(action.id)).map((d) => ({ id: d.id, type: d.type as ActivityType, title: d.title, activityId: d.activityId })),
    activityCount: async (action, _, ctx) => (await activitiesOfActionLoader(ctx).load(action.id)).length,
  },
};
