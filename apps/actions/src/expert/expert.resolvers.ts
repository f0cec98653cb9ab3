import { allow, exportedRow, requireDataSubject, ROLE_GROUPS, sliceConnection } from '@mieux/service-kit';
import { deploymentsOfExpertLoader } from '../deployment/deployment.loader';
import { BY_START } from '../deployment/deployment.model';
import type { Resolvers } from '../generated/resolvers-types';
import { requireDeploymentsReader } from './expert.access';

/** Where an expert of the roster is or was deployed. */
export const expertResolvers: Resolvers = {
  Expert: {
    __resolveReference: (reference) => ({ id: reference.id }),
    deployments: allow(ROLE_GROUPS.signedIn, async (expert, page, ctx) => {
      requireDeploymentsReader(ctx.identity, expert.id);
      return sliceConnection(await deploymentsOfExpertLoader(ctx).load(expert.id), page, BY_START);
    }),
  },
  // Its part of the expert's download (right of access): what this service stores, as stored.
  PersonalData: {
    __resolveReference: (reference) => ({ expertId: reference.expertId }),
    invitations: async (reference, _, ctx) => {
      requireDataSubject(ctx.identity, reference);
      return (await ctx.invitations.byExpertIds([reference.expertId])).map(exportedRow);
    },
    deployments: async (reference, _, ctx) => {
      requireDataSubject(ctx.identity, reference);
      return (await ctx.deployments.byExpertIds([reference.expertId])).map(exportedRow);
    },
  },
};
