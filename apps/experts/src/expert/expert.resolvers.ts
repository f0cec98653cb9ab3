import { isEuMemberState } from '@mieux/domain';
import { allow, ROLE_GROUPS, selects } from '@mieux/service-kit';
import type { ServiceContext } from '../context';
import type { EmployerType, Region, Resolvers, ThematicArea } from '../generated/resolvers-types';
import { mayReadPersonalData, mayReadProfile, ownExpertId } from './expert.access';
import { expertLoader } from './expert.loader';
import { ERASED_NAME, exportedData, type ExpertModel } from './expert.model';

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
    myData: allow(ROLE_GROUPS.experts, async (_, __, ctx) => {
      const id = ownExpertId(ctx.identity);
      const expert = await expertLoader(ctx).load(id);
      return expert ? { ...exportedData(expert), audit: await ctx.experts.auditOf(id) } : {};
    }),
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
