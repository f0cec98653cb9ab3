import { allow, ROLE_GROUPS } from '@mieux/service-kit';
import { readableAction } from '../action/action.access';
import { actionOfRequestLoader } from '../action/action.loader';
import type { Resolvers } from '../generated/resolvers-types';

/** The Action of a request: signed-in callers ask, the reading roles and its institution's partners see it. */
export const requestResolvers: Resolvers = {
  Request: {
    __resolveReference: (reference) => ({ id: reference.id }),
    action: allow(ROLE_GROUPS.signedIn, async (request, _, ctx) => readableAction(ctx, await actionOfRequestLoader(ctx).load(request.id))),
  },
};
