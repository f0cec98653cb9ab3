import { allowedActivityTransitions, isFormatOfType, isIsoDate, findCountry, type ActivityStatus } from '@mieux/domain';
import { badUserInput, forbidden, hasRole, notFound, requireRole, requireSignedIn, type FieldProblem } from '@mieux/service-kit';
import { readsAllActions } from '../access';
import type { ServiceContext } from '../context';
import type { ActivityInput, Resolvers } from '../generated/resolvers-types';
import { load } from '../loaders';
import { toActivityModel, type ActivityModel } from './activity.model';

const TITLE_MAX = 200;

function validate(input: ActivityInput): void {
  const problems: FieldProblem[] = [];
  if (!input.title.trim()) problems.push({ field: 'input.title', message: 'must not be empty' });
  if (input.title.length > TITLE_MAX) problems.push({ field: 'input.title', message: `must be at most ${TITLE_MAX} characters` });
  if (!isFormatOfType(input.type, input.format)) problems.push({ field: 'input.format', message: `${input.format} is not a format of ${input.type}` });
  if (isIsoDate(input.startsOn) && isIsoDate(input.endsOn) && input.endsOn < input.startsOn) problems.push({ field: 'input.endsOn', message: 'must not be before startsOn' });
  if (!input.online && !input.countryCode) problems.push({ field: 'input.countryCode', message: 'is required unless the activity is online' });
  if (input.countryCode && !findCountry(input.countryCode)) problems.push({ field: 'input.countryCode', message: `"${input.countryCode}" is not a known country code` });
  if (problems.length) throw badUserInput(problems);
}

/** Experts read the activities they are deployed on; the reading roles read all. */
async function mayRead(ctx: ServiceContext, activity: ActivityModel): Promise<boolean> {
  if (readsAllActions(ctx.identity)) return true;
  if (!ctx.identity.expertId || !hasRole(ctx.identity, 'EXPERT')) return false;
  return (await load.deploymentsOfActivity(ctx).load(activity.id)).some((d) => d.expertId === ctx.identity.expertId);
}

async function readable(ctx: ServiceContext, id: string): Promise<ActivityModel | null> {
  const activity = await load.activity(ctx).load(id);
  return activity && (await mayRead(ctx, activity)) ? activity : null;
}

export const activityResolvers: Resolvers = {
  Query: {
    activity: (_, { id }, ctx) => {
      requireSignedIn(ctx.identity);
      if (!readsAllActions(ctx.identity) && !hasRole(ctx.identity, 'EXPERT')) throw forbidden('Activities are read by project officers, the Steering Committee, analysts and the experts deployed');
      return readable(ctx, id);
    },
  },
  Mutation: {
    planActivity: async (_, { actionId, input, idempotencyKey }, ctx) => {
      requireRole(ctx.identity, 'PROJECT_OFFICER');
      validate(input);
      const action = await load.action(ctx).load(actionId);
      if (!action) throw notFound('Action', actionId);
      const row = await ctx.activities.plan(actionId, {
        type: input.type,
        format: input.format,
        title: input.title.trim(),
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        countryCode: (input.countryCode ?? action.beneficiaryCode).toUpperCase(),
        city: input.city?.trim() || null,
        online: input.online ?? false,
      }, idempotencyKey ?? null);
      return toActivityModel(row);
    },
    setActivityStatus: async (_, { id, status }, ctx) => {
      requireRole(ctx.identity, 'PROJECT_OFFICER');
      return toActivityModel(await ctx.activities.transition(id, status));
    },
  },
  Activity: {
    __resolveReference: (reference, ctx) => readable(ctx, reference.id),
    status: (activity) => activity.status as ActivityStatus,
    allowedTransitions: (activity) => [...allowedActivityTransitions(activity.status as ActivityStatus)],
    action: async (activity, _, ctx) => (await load.action(ctx).load(activity.actionId))!,
    country: (activity) => (findCountry(activity.countryCode) ? { code: activity.countryCode } : null),
    thematicAreas: async (activity, _, ctx) => (await load.action(ctx).load(activity.actionId))?.thematicAreas ?? [],
    deployments: (activity, _, ctx) => load.deploymentsOfActivity(ctx).load(activity.id),
    busyExpertIds: (activity, _, ctx) => load.busyExperts(ctx).load(activity.id),
  },
};
