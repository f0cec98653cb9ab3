import type { RosterStatus } from '@mieux/domain';
import { badUserInput, hasRole, requireRole } from '@mieux/service-kit';
import type { ServiceContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { isSelf, ownExpertId } from './expert.access';
import { validateExpertData } from './expert.input';

const roleOf = (ctx: ServiceContext) => ctx.identity.roles[0] ?? null;

/** Without consent an expert is inactive (a refused applicant stays refused): never matched again. */
function leaveRoster(status: string): { status?: string } {
  return status === 'REFUSED' ? {} : { status: 'INACTIVE' };
}

export const expertMutations: Resolvers = {
  Mutation: {
    applyToRoster: async (_, { input, idempotencyKey }, ctx) => {
      validateExpertData(input);
      return ctx.experts.create({
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
      }, idempotencyKey ?? null, input);
    },
    reviewApplication: async (_, { id, status, reason }, ctx) => {
      requireRole(ctx.identity, 'PROJECT_OFFICER');
      if (status === 'REFUSED' && !reason?.trim()) throw badUserInput([{ field: 'reason', message: 'is required when refusing an application' }]);
      return ctx.experts.change(id, `STATUS_${status}`, roleOf(ctx), (row) => {
        if (status === 'ACTIVE' && (row.consentWithdrawnAt || row.erasedAt)) throw badUserInput([{ field: 'status', message: 'an expert who withdrew consent or was erased cannot be activated' }]);
        return { refusalReason: status === 'REFUSED' ? reason!.trim() : null };
      }, status as RosterStatus);
    },
    updateMyProfile: async (_, { input }, ctx) => {
      const id = ownExpertId(ctx.identity);
      validateExpertData({ subTopics: input.subTopics, languages: input.languages ?? undefined, countriesOfExperience: input.countriesOfExperience, cvSummary: input.cvSummary });
      return ctx.experts.change(id, 'PROFILE_UPDATED', 'EXPERT', () => ({
        ...(input.phone !== undefined ? { phone: input.phone?.trim() || null } : {}),
        ...(input.cvSummary ? { cvSummary: input.cvSummary.trim() } : {}),
        ...(input.thematicAreas ? { thematicAreas: [...new Set(input.thematicAreas)] } : {}),
        ...(input.subTopics ? { subTopics: [...new Set(input.subTopics)] } : {}),
        ...(input.languages ? { languages: [...new Set(input.languages)] } : {}),
        ...(input.regions ? { regions: [...new Set(input.regions)] } : {}),
        ...(input.countriesOfExperience ? { countriesOfExperience: input.countriesOfExperience.map((c) => c.toUpperCase()) } : {}),
      }));
    },
    setMyAvailability: async (_, { periods }, ctx) => {
      const id = ownExpertId(ctx.identity);
      validateExpertData({ availability: periods }, 'periods');
      return ctx.experts.change(id, 'AVAILABILITY_SET', 'EXPERT', () => ({ availability: periods }));
    },
    withdrawConsent: async (_, __, ctx) => {
      const id = ownExpertId(ctx.identity);
      return ctx.experts.change(id, 'CONSENT_WITHDRAWN', 'EXPERT', (row) => ({ consentWithdrawnAt: row.consentWithdrawnAt ?? new Date(), ...leaveRoster(row.status) }));
    },
    eraseExpert: async (_, { id }, ctx) => {
      if (!isSelf(ctx.identity, id)) requireRole(ctx.identity, 'PROJECT_OFFICER');
      // Personal values are overwritten in the row itself, not hidden: they are gone from the database.
      return ctx.experts.change(id, 'ERASED', hasRole(ctx.identity, 'PROJECT_OFFICER') ? 'PROJECT_OFFICER' : 'EXPERT', (row) => ({
        fullName: null, email: null, phone: null, cvSummary: null, erasedAt: row.erasedAt ?? new Date(), consentWithdrawnAt: row.consentWithdrawnAt ?? new Date(), ...leaveRoster(row.status),
      }));
    },
  },
};
