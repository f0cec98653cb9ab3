import { allow, callerId, hasRole, notFound, ROLE_GROUPS, selects, toIdentity } from '@mieux/service-kit';
import type { Region, Resolvers } from '../generated/resolvers-types';
import { ownRequestsOf, readsAllRequests } from '../request/request.access';
import { toRequestModel } from '../request/request.model';
import { changeActor } from '../request/request.mutations';
import { validateOfficer } from './officer.input';
import { officerLoader } from './officer.loader';
import { toOfficerModel } from './officer.model';

/** Project officers, the regions they coordinate, and who is in charge of each request. */
export const officerResolvers: Resolvers = {
  Query: {
    projectOfficers: allow(ROLE_GROUPS.readAll, async (_, __, ctx) => (await ctx.officers.list()).map(toOfficerModel)),
    projectOfficer: allow(ROLE_GROUPS.readAll, (_, { id }, ctx) => officerLoader(ctx).load(id)),
    myRequests: allow(ROLE_GROUPS.requestReaders, (_, page, ctx, info) => {
      const mine = readsAllRequests(ctx.identity) ? { assignedOfficerId: callerId(ctx.identity) } : { partner: ownRequestsOf(ctx.identity) };
      return ctx.requests.list(mine, { ...page, count: selects(info, 'totalCount') });
    }),
  },
  Mutation: {
    saveProjectOfficer: allow(ROLE_GROUPS.officers, async (_, { input }, ctx) => {
      validateOfficer(input);
      const subject = input.signIn.trim();
      const id = callerId(toIdentity({ sub: subject, roles: ['PROJECT_OFFICER'] }));
      const officer = {
        id,
        displayName: input.displayName.trim(),
        coordinatorOf: input.coordinatorOf ?? null,
        email: input.email?.trim().toLowerCase() || null,
        language: input.language ?? 'EN',
      };
      return toOfficerModel(await ctx.officers.save(officer, subject));
    }),
    assignRequest: allow(ROLE_GROUPS.officers, async (_, { id, officerId }, ctx) => {
      const officer = await officerLoader(ctx).load(officerId);
      if (!officer) throw notFound('ProjectOfficer', officerId);
      const row = await ctx.requests.change(
        id,
        (request) => ({
          to: request.status as never,
          set: { assignedOfficerId: officer.id },
          reason: `Assigned to ${officer.displayName}`,
          kind: 'ASSIGNMENT',
        }),
        changeActor(ctx, ROLE_GROUPS.officers),
      );
      return toRequestModel(row);
    }),
  },
  Request: {
    assignedOfficer: (request, _, ctx) => (request.assignedOfficerId ? officerLoader(ctx).load(request.assignedOfficerId) : null),
  },
  ProjectOfficer: {
    __resolveReference: (reference, ctx) => officerLoader(ctx).load(reference.id),
    coordinatorOf: (officer) => officer.coordinatorOf as Region | null,
    email: (officer, _, ctx) => (hasRole(ctx.identity, ...ROLE_GROUPS.officers) ? officer.email : null),
  },
};
