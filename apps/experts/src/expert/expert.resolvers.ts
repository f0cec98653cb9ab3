import { allow, ROLE_GROUPS, selects } from '@mieux/service-kit';
import type { ServiceContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { mayReadPersonalData, mayReadProfile, ownExpertId } from './expert.access';
import { expertLoader } from './expert.loader';
import { ERASED_NAME, exportedData, type ExpertModel } from './expert.model';

const personal =
  <K extends keyof ExpertModel>(field: K) =>
  (expert: ExpertModel, _: unknown, ctx: ServiceContext) =>
    mayReadPersonalData(ctx.identity, expert) ? expert[field] : null;

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
    displayName: (expert) => expert.fullName ?? ERASED_NAME,
    erased: (expert) => expert.erasedAt !== null,
    nationality: (expert) => ({ code: expert.nationality }),
    memberState: (expert) => (expert.memberState ? { code: expert.memberState } : null),
    countriesOfExperience: (expert) => expert.countriesOfExperience.map((code) => ({ code })),
    publicOfficial: (expert) => Boolean(expert.publicOfficial),
    email: personal('email'),
    phone: personal('phone'),
    cvSummary: personal('cvSummary'),
    // Why an applicant was refused is about them: personal like their contact details.
    refusalReason: personal('refusalReason'),
    consent: (expert, _, ctx) =>
      mayReadPersonalData(ctx.identity, expert)
        ? { givenAt: expert.consentGivenAt, noticeVersion: expert.privacyNoticeVersion, withdrawnAt: expert.consentWithdrawnAt }
        : null,
  },
};
