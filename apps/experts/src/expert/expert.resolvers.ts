import { isEuMemberState } from '@mieux/domain';
import { allow, exportedRow, requireDataSubject, ROLE_GROUPS, selects } from '@mieux/service-kit';
import type { ServiceContext } from '../context';
import type { EmployerType, Region, Resolvers, ThematicArea } from '../generated/resolvers-types';
import { mayReadPersonalData, mayReadProfile, ownExpertId } from './expert.access';
import { expertLoader } from './expert.loader';
import { ERASED_NAME, type ExpertModel } from './expert.model';

/** The roster's record of an expert and the audit of who read or changed it, as the expert downloads it; null when not on the roster. */
async function rosterRecord(expertId: string, ctx: ServiceContext): Promise<Record<string, unknown> | null> {
  const expert = await expertLoader(ctx).load(expertId);
  return expert ? { ...exportedRow(expert), audit: await ctx.experts.auditOf(expertId) } : null;
}

/** A field of the profile or the personal data: the expert's and project officers' only, null for everyone else. */
const personal =
  <T>(read: (expert: ExpertModel) => T) =>
  (expert: ExpertModel, _: unknown, ctx: ServiceContext) =>
    mayReadPersonalData(ctx.identity, expert) ? read(expert) : null;

export const expertResolvers: Resolvers = {
  Query: {
    expert: allow(ROLE_GROUPS.signedIn, async (_, { id }, ctx) => {
      const expert = await expertLoader(ctx).load(id);
      return expert && mayReadProfile(ctx.identity, expert) ? expert : null;
    }),
    experts: allow(ROLE_GROUPS.readAll, (_, { filter, ...page }, ctx, info) => ctx.experts.list(filter ?? {}, { ...page, count: selects(info, 'totalCount') })),
    myData: allow(ROLE_GROUPS.experts, async (_, __, ctx) => (await rosterRecord(ownExpertId(ctx.identity), ctx)) ?? {}),
    myPersonalData: allow(ROLE_GROUPS.experts, async (_, __, ctx) => {
      const expertId = ownExpertId(ctx.identity);
      return (await expertLoader(ctx).load(expertId)) ? { expertId } : null;
    }),
  },
  PersonalData: {
    // Reached only from Query.myPersonalData, with the caller's own id; checked again all the same.
    __resolveReference: (reference) => ({ expertId: reference.expertId }),
    roster: async (reference, _, ctx) => {
      requireDataSubject(ctx.identity, reference);
      return (await rosterRecord(reference.expertId, ctx)) ?? {};
    },
  },
  Expert: {
    __resolveReference: async (reference, ctx) => {
      const expert = await expertLoader(ctx).load(reference.id);
      return expert && mayReadProfile(ctx.identity, expert) ? expert : null;
    },
    erased: (expert) => expert.erasedAt !== null,
    publicOfficial: (expert) => Boolean(expert.publicOfficial),
    euNational: (expert) => isEuMemberState(expert.nationality),
    displayName: personal((expert) => expert.fullName ?? ERASED_NAME),
    nationality: personal((expert) => ({ code: expert.nationality })),
    employerType: personal((expert) => expert.employerType as EmployerType),
    memberState: personal((expert) => (expert.memberState ? { code: expert.memberState } : null)),
    thematicAreas: personal((expert) => expert.thematicAreas as ThematicArea[]),
    subTopics: personal((expert) => expert.subTopics),
    languages: personal((expert) => expert.languages),
    regions: personal((expert) => expert.regions as Region[]),
    countriesOfExperience: personal((expert) => expert.countriesOfExperience.map((code) => ({ code }))),
    availability: personal((expert) => expert.availability),
    email: personal((expert) => expert.email),
    phone: personal((expert) => expert.phone),
    cvSummary: personal((expert) => expert.cvSummary),
    // Why an applicant was refused is about them: personal like their contact details.
    refusalReason: personal((expert) => expert.refusalReason),
    consent: (expert, _, ctx) =>
      mayReadPersonalData(ctx.identity, expert)
        ? { givenAt: expert.consentGivenAt, noticeVersion: expert.privacyNoticeVersion, withdrawnAt: expert.consentWithdrawnAt }
        : null,
  },
};
