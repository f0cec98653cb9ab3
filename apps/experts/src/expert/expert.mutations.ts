import { isConsenting, needsConsent, statusWithoutConsent, type RosterStatus } from '@mieux/domain';
import { actingRole, allow, badUserInput, requireRole, ROLE_GROUPS, scopedIdempotencyKey } from '@mieux/service-kit';
import type { Resolvers } from '../generated/resolvers-types';
import { isSelf, ownExpertId } from './expert.access';
import { parseApplication, parseAvailability, parseProfile, parseReview } from './expert.input';

export const expertMutations: Resolvers = {
  Mutation: {
    applyToRoster: allow(ROLE_GROUPS.anyone, async (_, { input, idempotencyKey }, ctx) => {
      const { consent: _consent, ...application } = parseApplication(input);
      const created = await ctx.experts.create(
        {
          ...application,
          subTopics: application.subTopics ?? [],
          regions: application.regions ?? [],
          countriesOfExperience: application.countriesOfExperience ?? [],
          availability: application.availability ?? [],
          languages: application.languages ?? [],
          consentGivenAt: new Date(),
        },
        scopedIdempotencyKey(ctx.identity, idempotencyKey, input),
        input,
      );
      // The applicant reads back what they just sent, anonymous or not.
      return { ...created, grantedToCaller: true };
    }),
    reviewApplication: allow(ROLE_GROUPS.officers, async (_, args, ctx) => {
      const { reason } = parseReview(args);
      const status = args.status;
      return ctx.experts.change(
        args.id,
        `STATUS_${status}`,
        'REVIEW',
        actingRole(ctx.identity, ROLE_GROUPS.officers),
        (row) => {
          if (needsConsent(status) && !isConsenting(row))
            throw badUserInput([{ field: 'status', message: 'an expert who withdrew consent or was erased cannot be activated' }]);
          return { refusalReason: status === 'REFUSED' ? reason : null };
        },
        status,
      );
    }),
    updateMyProfile: allow(ROLE_GROUPS.experts, async (_, { input }, ctx) => {
      const id = ownExpertId(ctx.identity);
      const { phone, ...offer } = parseProfile(input);
      // A list or CV left out (or null) stays as it is; a null phone empties it.
      const given = Object.fromEntries(Object.entries(offer).filter(([, value]) => value !== undefined && value !== null));
      return ctx.experts.change(id, 'PROFILE_UPDATED', 'PROFILE', 'EXPERT', () => ({ ...given, ...(phone !== undefined ? { phone } : {}) }));
    }),
    setMyAvailability: allow(ROLE_GROUPS.experts, async (_, { periods }, ctx) => {
      const id = ownExpertId(ctx.identity);
      const availability = parseAvailability(periods);
      return ctx.experts.change(id, 'AVAILABILITY_SET', 'PROFILE', 'EXPERT', () => ({ availability }));
    }),
    withdrawConsent: allow(ROLE_GROUPS.experts, async (_, __, ctx) => {
      const id = ownExpertId(ctx.identity);
      const expert = await ctx.experts.change(id, 'CONSENT_WITHDRAWN', 'WITHDRAW_CONSENT', 'EXPERT', (row) => ({
        consentWithdrawnAt: row.consentWithdrawnAt ?? new Date(),
        status: statusWithoutConsent(row.status as RosterStatus),
      }));
      await ctx.deploymentClient.endFutureDeployments(ctx, id);
      return expert;
    }),
    eraseExpert: allow(ROLE_GROUPS.signedIn, async (_, { id }, ctx) => {
      if (!isSelf(ctx.identity, id)) requireRole(ctx.identity, ...ROLE_GROUPS.officers);
      // Personal values are overwritten in the row itself, not hidden: they are gone from the database.
      const expert = await ctx.experts.change(id, 'ERASED', 'ERASE', actingRole(ctx.identity, [...ROLE_GROUPS.officers, ...ROLE_GROUPS.experts]), (row) => ({
        fullName: null,
        email: null,
        phone: null,
        cvSummary: null,
        refusalReason: null,
        erasedAt: row.erasedAt ?? new Date(),
        consentWithdrawnAt: row.consentWithdrawnAt ?? new Date(),
        status: statusWithoutConsent(row.status as RosterStatus),
      }));
      await ctx.deploymentClient.endFutureDeployments(ctx, id);
      return expert;
    }),
  },
};
