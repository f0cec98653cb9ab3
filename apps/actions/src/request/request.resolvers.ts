import { allow, hasRole, ROLE_GROUPS } from '@mieux/service-kit';
import { actionOfRequestLoader } from '../action/action.loader';
import type { Resolvers } from '../generated/resolvers-types';

/** The Action of a request: signed-in callers ask, the reading roles see it. */
export const requestResolvers: Resolvers = {
  Request: {
    __resolveReference: (reference) => ({ id: reference.id }),
    action: allow(ROLE_GROUPS.signedIn, (request, _, ctx) =>
      hasRole(ctx.identity, ...ROLE_GROUPS.readAll) ? actionOfRequestLoader(ctx).load(request.id) : null,
    ),
  },
};
