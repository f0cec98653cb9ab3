import { isConsenting, needsConsent, statusWithoutConsent, type RosterStatus } from '@mieux/domain';
import { actingRole, allow, badUserInput, requireRole, ROLE_GROUPS } from '@mieux/service-kit';
import type { Resolvers } from '../generated/resolvers-types';
import { isSelf, ownExpertId } from './expert.access';
import { validateApplication, validateAvailability, validateProfile, validateReview } from './expert.input';

export const expertMutations: Resolvers = {
  Mutation: {
    applyToRoster: allow(ROLE_GROUPS.anyone, async (_, { input, idempotencyKey }, ctx) => {
      validateApplication(input);
      return ctx.experts.create(
        {
          fullName: input.fullName.trim(),
          email: input.email.trim().toLowerCase(),
          phone: input.phone?.trim() || null,
          cvSummary: input.cvSummary.trim(),
          nationality: input.nationality.toUpperCase(),
          employerType: input.employerType,
          publicOfficial: input.publicOfficial,
          memberState: input.memberState?.toUpperCase() ?? null,
          thematicAreas: [...new Set(input.thematicAreas)],
          subTopics: [...new Set(input.subTopics ?? [])],
          languages: [...new Set(input.languages)],
          regions: [...new Set(input.regions ?? [])],
          countriesOfExperience: (input.countriesOfExperience ?? []).map((c) => c.toUpperCase()),
          availability: input.availability ?? [],
          consentGivenAt: new Date(),
          privacyNoticeVersion: input.privacyNoticeVersion.trim(),
        },
        idempotencyKey ?? null,
        input,
      );
    }),
    reviewApplication: allow(ROLE_GROUPS.officers, async (_, { id, status, reason }, ctx) => {
      validateReview({ status, reason });
      return ctx.experts.change(
        id,
        `STATUS_${status}`,
        actingRole(ctx.identity, ROLE_GROUPS.officers),
        (row) => {
          if (needsConsent(status) && !isConsenting(row))
            throw badUserInput([{ field: 'status', message: 'an expert who withdrew consent or was erased cannot be activated' }]);
          return { refusalReason: status === 'REFUSED' ? reason!.trim() : null };
        },
        status,
      );
    }),
    updateMyProfile: allow(ROLE_GROUPS.experts, async (_, { input }, ctx) => {
      const id = ownExpertId(ctx.identity);
      validateProfile({
        subTopics: input.subTopics,
        languages: input.languages ?? undefined,
        countriesOfExperience: input.countriesOfExperience,
        cvSummary: input.cvSummary,
      });
      return ctx.experts.change(id, 'PROFILE_UPDATED', 'EXPERT', () => ({
        ...(input.phone !== undefined ? { phone: input.phone?.trim() || null } : {}),
        ...(input.cvSummary ? { cvSummary: input.cvSummary.trim() } : {}),
        ...(input.thematicAreas ? { thematicAreas: [...new Set(input.thematicAreas)] } : {}),
        ...(input.subTopics ? { subTopics: [...new Set(input.subTopics)] } : {}),
        ...(input.languages ? { languages: [...new Set(input.languages)] } : {}),
        ...(input.regions ? { regions: [...new Set(input.regions)] } : {}),
        ...(input.countriesOfExperience ? { countriesOfExperience: input.countriesOfExperience.map((c) => c.toUpperCase()) } : {}),
      }));
    }),
    setMyAvailability: allow(ROLE_GROUPS.experts, async (_, { periods }, ctx) => {
      const id = ownExpertId(ctx.identity);
      validateAvailability(periods);
      return ctx.experts.change(id, 'AVAILABILITY_SET', 'EXPERT', () => ({ availability: periods }));
    }),
    withdrawConsent: allow(ROLE_GROUPS.experts, async (_, __, ctx) => {
      const id = ownExpertId(ctx.identity);
      return ctx.experts.change(id, 'CONSENT_WITHDRAWN', 'EXPERT', (row) => ({
        consentWithdrawnAt: row.consentWithdrawnAt ?? new Date(),
        status: statusWithoutConsent(row.status as RosterStatus),
      }));
    }),
    eraseExpert: allow(ROLE_GROUPS.signedIn, async (_, { id }, ctx) => {
      if (!isSelf(ctx.identity, id)) requireRole(ctx.identity, ...ROLE_GROUPS.officers);
      // Personal values are overwritten in the row itself, not hidden: they are gone from the database.
      return ctx.experts.change(id, 'ERASED', actingRole(ctx.identity, [...ROLE_GROUPS.officers, ...ROLE_GROUPS.experts]), (row) => ({
        fullName: null,
        email: null,
        phone: null,
        cvSummary: null,
        erasedAt: row.erasedAt ?? new Date(),
        consentWithdrawnAt: row.consentWithdrawnAt ?? new Date(),
        status: statusWithoutConsent(row.status as RosterStatus),
      }));
    }),
  },
};
