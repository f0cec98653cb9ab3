import { randomUUID } from 'node:crypto';
import { findBeneficiary } from '@mieux/domain';
import { allow, badUserInput, notFound, ROLE_GROUPS, scopedIdempotencyKey, selects } from '@mieux/service-kit';
import type { Resolvers } from '../generated/resolvers-types';
import { requestLoader } from '../request/request.loader';
import { languageOf, toRequestModel } from '../request/request.model';
import { mayReadInstitution, mayReadInstitutionContacts } from './partner.access';
import { validatePartnerInstitution } from './partner.input';
import { partnerLoader, partnersOf } from './partner.loader';
import { toPartnerModel } from './partner.model';

/** Partner institutions: recorded and linked to requests by project officers, read by their own partners. */
export const partnerResolvers: Resolvers = {
  Query: {
    partnerInstitution: allow(ROLE_GROUPS.requestReaders, (_, { id }, ctx) => (mayReadInstitution(ctx.identity, id) ? partnerLoader(ctx).load(id) : null)),
    partnerInstitutions: allow(ROLE_GROUPS.readAll, (_, { search, ...page }, ctx, info) =>
      ctx.partners.list(search?.trim() || null, { ...page, count: selects(info, 'totalCount') }),
    ),
    myInstitution: allow(ROLE_GROUPS.partners, (_, __, ctx) => (ctx.identity.org ? partnerLoader(ctx).load(ctx.identity.org) : null)),
  },
  Mutation: {
    createPartnerInstitution: allow(ROLE_GROUPS.officers, async (_, { input, idempotencyKey }, ctx) => {
      validatePartnerInstitution(input);
      const row = await ctx.partners.create(
        {
          name: input.name.trim(),
          type: input.type,
          countryCode: input.countryCode?.toUpperCase() ?? null,
          contacts: input.contacts.map((c) => ({
            name: c.name.trim(),
            email: c.email.trim().toLowerCase(),
            phone: c.phone?.trim() || null,
            language: c.language ?? 'EN',
          })),
        },
        scopedIdempotencyKey(ctx.identity, idempotencyKey, input),
      );
      return toPartnerModel(row);
    }),

    linkPartnerInstitution: allow(ROLE_GROUPS.officers, async (_, { requestId, institutionId }, ctx) =>
      toRequestModel(await ctx.partners.link(requestId, institutionId)),
    ),

    createPartnerFromRequest: allow(ROLE_GROUPS.officers, async (_, { requestId, institutionIndex }, ctx) => {
      const request = await requestLoader(ctx).load(requestId);
      if (!request) throw notFound('Request', requestId);
      const index = institutionIndex ?? 0;
      const institution = request.institutions[index];
      if (!institution) {
        throw badUserInput([{ field: 'institutionIndex', message: `the request lists ${request.institutions.length} institution(s), numbered from 0` }]);
      }
      const linked = await partnersOf(ctx, request.partnerIds);
      if (linked.some((p) => p.name === institution.name && p.type === institution.type)) return request;
      const countryCode = institution.countryCode ?? (findBeneficiary(request.beneficiaryCode) ? request.beneficiaryCode : null);
      const row = await ctx.partners.link(requestId, randomUUID(), {
        name: institution.name,
        type: institution.type,
        countryCode,
        contacts: request.contact ? [request.contact] : [],
      });
      return toRequestModel(row);
    }),
  },
  Request: {
    partners: (request, _, ctx) => partnersOf(ctx, request.partnerIds),
  },
  PartnerInstitution: {
    country: (institution) => (institution.countryCode ? { code: institution.countryCode } : null),
    contacts: (institution, _, ctx) =>
      mayReadInstitutionContacts(ctx.identity, institution.id) ? institution.contacts.map((c) => ({ ...c, language: languageOf(c.language) })) : null,
  },
};
