import { allow, ROLE_GROUPS } from '@mieux/service-kit';
import { deploymentsOfExpertLoader } from '../deployment/deployment.loader';
import type { Resolvers } from '../generated/resolvers-types';
import { requireDeploymentsReader } from './expert.access';

/** Where an expert of the roster is or was deployed. */
export const expertResolvers: Resolvers = {
  Expert: {
    __resolveReference: (reference) => ({ id: reference.id }),
    deployments: allow(ROLE_GROUPS.signedIn, (expert, _, ctx) => {
      requireDeploymentsReader(ctx.identity, expert.id);
      return deploymentsOfExpertLoader(ctx).load(expert.id);
    }),
  },
};
