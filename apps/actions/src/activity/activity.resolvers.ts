import {
  activityDatesProblems,
  activityMoveProblem,
  activityMovesOn,
  assertNoDateProblem,
  defaultWorkingLanguages,
  findCountry,
  isFormatOfType,
  type ActivityStatus,
} from '@mieux/domain';
import {
  actorOf,
  allow,
  badUserInput,
  hasRole,
  notFound,
  partnerInstitutionOf,
  ROLE_GROUPS,
  scopedIdempotencyKey,
  selects,
  selectsBelow,
  sliceConnection,
  today,
} from '@mieux/service-kit';
import { actionLoader } from '../action/action.loader';
import type { ServiceContext } from '../context';
import { deploymentsOfActivityLoader, loadedDeployments } from '../deployment/deployment.loader';
import { BY_BOOKING, type DeploymentModel } from '../deployment/deployment.model';
import { expertCardLoader, loadedCard } from '../expert/expert.loader';
import { CARD_FIELDS } from '../expert/expert.model';
import type { ActivityCorrectionInput, ActivityInput, ActivityType, Resolvers } from '../generated/resolvers-types';
import { readableActivity } from './activity.access';
import { parseActivityCorrectionInput, parseActivityInput, parseCalendarFilter } from './activity.input';
import { activityHistoryLoader, activityLoader, busyExpertsLoader } from './activity.loader';
import { toActivityModel } from './activity.model';

/** Plans an activity of an Action (from one of its drafts when `draftId` is given), after the input's and the dates' rules. */
async function planFor(ctx: ServiceContext, actionId: string, input: ActivityInput, idempotencyKey: string | null, draftId: string | null) {
  const activity = parseActivityInput(input);
  const action = await actionLoader(ctx).load(actionId);
  if (!action) throw notFound('Action', actionId);
  assertNoDateProblem(activityDatesProblems(activity, action.approvedOn, today()), 'input');
  const countryCode = (activity.countryCode ?? action.beneficiaryCode).toUpperCase();
  const row = await ctx.activities.plan(
    actionId,
    {
      type: activity.type,
      format: activity.format,
      title: activity.title,
      startsOn: activity.startsOn,
      endsOn: activity.endsOn,
      countryCode,
      city: activity.city,
      online: activity.online ?? false,
      workingLanguages: activity.workingLanguages ?? defaultWorkingLanguages(countryCode),
    },
    idempotencyKey,
    draftId,
  );
  return toActivityModel(row);
}

/**
 * Corrects or reschedules an activity: what the input gives replaces what it says, then the rules of
 * planning apply to the result (a format of its type; dates after the Action's approval, within the
 * horizon, at most twelve months; a place unless online), each naming its field.
 */
async function correctionOf(ctx: ServiceContext, id: string, input: ActivityCorrectionInput) {
  const { reason, ...correction } = parseActivityCorrectionInput(input);
  const activity = await activityLoader(ctx).load(id);
  if (!activity) throw notFound('Activity', id);
  // Approved once: the Action's approval date does not change under the correction.
  const action = (await actionLoader(ctx).load(activity.actionId))!;
  return ctx.activities.correct(id, { ...actorOf(ctx.identity, ROLE_GROUPS.officers), reason }, (row) => {
    const next = {
      title: correction.title ?? row.title,
      format: correction.format ?? row.format,
      startsOn: correction.startsOn ?? row.startsOn,
      endsOn: correction.endsOn ?? row.endsOn,
      countryCode: (correction.countryCode ?? row.countryCode).toUpperCase(),
      city: correction.city === undefined ? row.city : correction.city,
      online: correction.online ?? row.online,
      workingLanguages: correction.workingLanguages ?? row.workingLanguages,
    };
    if (!isFormatOfType(activity.type, next.format))
      throw badUserInput([{ field: 'input.format', message: `${next.format} is not a format of ${activity.type}` }]);
    if (next.startsOn !== row.startsOn || next.endsOn !== row.endsOn) assertNoDateProblem(activityDatesProblems(next, action.approvedOn, today()), 'input');
    return next;
  });
}

/** Where a deployment's expert is in `Activity.deployments`' connection. */
const EXPERT_OF_EACH_NODE = ['edges', 'node', 'expert'];

export const activityResolvers: Resolvers = {
  Query: {
    activity: allow(ROLE_GROUPS.activityReaders, (_, { id }, ctx) => readableActivity(ctx, id)),
    activities: allow(ROLE_GROUPS.actionReaders, (_, { filter, ...page }, ctx, info) => {
      const own = hasRole(ctx.identity, ...ROLE_GROUPS.readAll) ? {} : { partnerOf: partnerInstitutionOf(ctx.identity) };
      return ctx.activities.calendar({ ...parseCalendarFilter(filter), ...own }, { ...page, count: selects(info, 'totalCount') });
    }),
  },
  Mutation: {
    planActivity: allow(ROLE_GROUPS.officers, (_, { actionId, input, idempotencyKey }, ctx) =>
      planFor(ctx, actionId, input, scopedIdempotencyKey(ctx.identity, idempotencyKey, input), null),
    ),
    scheduleActivityDraft: allow(ROLE_GROUPS.officers, async (_, { draftId, input, idempotencyKey }, ctx) => {
      const draft = await ctx.actions.findDraft(draftId);
      if (!draft) throw notFound('ActivityDraft', draftId);
      const activity = { ...input, type: draft.type as ActivityType, title: input.title ?? draft.title };
      return planFor(ctx, draft.actionId, activity, scopedIdempotencyKey(ctx.identity, idempotencyKey, { draftId, ...input }), draftId);
    }),
    updateActivity: allow(ROLE_GROUPS.officers, async (_, { id, input }, ctx) => toActivityModel(await correctionOf(ctx, id, input))),
    setActivityStatus: allow(ROLE_GROUPS.officers, async (_, { id, status }, ctx) =>
      toActivityModel(
        await ctx.activities.transition(id, status, actorOf(ctx.identity, ROLE_GROUPS.officers), (row) =>
          assertNoDateProblem([activityMoveProblem(status, row.startsOn, today())]),
        ),
      ),
    ),
  },
  ActivityDraft: {
    activity: async (draft, _, ctx) => (draft.activityId ? await activityLoader(ctx).load(draft.activityId) : null),
  },
  Activity: {
    __resolveReference: (reference, ctx) => readableActivity(ctx, reference.id),
    status: (activity) => activity.status as ActivityStatus,
    allowedTransitions: (activity) => activityMovesOn(activity.status as ActivityStatus, activity.startsOn, today()),
    action: async (activity, _, ctx) => (await actionLoader(ctx).load(activity.actionId))!,
    country: (activity) => (findCountry(activity.countryCode) ? { code: activity.countryCode } : null),
    thematicAreas: async (activity, _, ctx) => (await actionLoader(ctx).load(activity.actionId))?.thematicAreas ?? [],
    subTopics: async (activity, _, ctx) => (await actionLoader(ctx).load(activity.actionId))?.subTopics ?? [],
    // Without a promise when the page's deployments and their experts' cards were loaded ahead (loadDeploymentsAhead).
    deployments: (activity, page, ctx, info) => {
      const cards = Boolean(ctx.identity.sub) && selectsBelow(info, EXPERT_OF_EACH_NODE, CARD_FIELDS);
      const sliced = (deployments: DeploymentModel[]) => {
        const connection = sliceConnection(deployments, page, BY_BOOKING);
        const missing = cards ? connection.edges.map((edge) => edge.node.expertId).filter((id) => loadedCard(ctx, id) === undefined) : [];
        // The cards of the page's experts, when asked, loaded with those of the other activities (one statement): their fields then resolve without waiting.
        return missing.length > 0
          ? expertCardLoader(ctx)
              .loadMany(missing)
              .then(() => connection)
          : connection;
      };
      const loaded = loadedDeployments(ctx, activity.id);
      return loaded ? sliced(loaded) : deploymentsOfActivityLoader(ctx).load(activity.id).then(sliced);
    },
    history: async (activity, _, ctx) =>
      (await activityHistoryLoader(ctx).load(activity.id)).map(({ changes, role, actorId, at, reason }) => ({ changes, by: role, actorId, at, reason })),
    busyExpertIds: (activity, _, ctx) => busyExpertsLoader(ctx).load(activity.id),
  },
};
