import { allowedRequestTransitions, assessEligibility, NEXT_STEPS, normaliseTrackingCode, type Language, type RequestStatus } from '@mieux/domain';
import { allow, badUserInput, hasRole, notFound, ROLE_GROUPS, selects, today } from '@mieux/service-kit';
import type { ServiceContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { holdsTrackingCode, mayReadContact, mayReadRequest, ownRequestsOf, readsAllRequests } from './request.access';
import { actorSubjectLoader, ficheVersionsLoader, historyLoader, requestLoader } from './request.loader';
import { toRequestModel, type RequestModel } from './request.model';

/** A request the caller may not read is null: its existence is not disclosed either. */
function readable(ctx: ServiceContext, request: RequestModel | null): RequestModel | null {
  return request && mayReadRequest(ctx.identity, request) ? request : null;
}

/** The eligibility rules applied to a request as it stands. */
export function eligibilityOf(request: RequestModel) {
  return assessEligibility({ countryCode: request.beneficiaryCode, requestDate: request.expressionOfInterestOn, institutions: request.institutions });
}

export const requestResolvers: Resolvers = {
  Query: {
    request: allow(ROLE_GROUPS.requestReaders, async (_, { id }, ctx) => readable(ctx, await requestLoader(ctx).load(id))),
    requestByReference: allow(ROLE_GROUPS.requestReaders, async (_, { reference }, ctx) => {
      const row = await ctx.requests.findByReference(reference.trim().toUpperCase());
      return readable(ctx, row && toRequestModel(row));
    }),
    requests: allow(ROLE_GROUPS.requestReaders, async (_, { filter, ...page }, ctx, info) => {
      const own = readsAllRequests(ctx.identity) ? null : ownRequestsOf(ctx.identity);
      return ctx.requests.list({ ...filter, partner: own }, { ...page, count: selects(info, 'totalCount') });
    }),
    trackRequest: allow(ROLE_GROUPS.anyone, async (_, { reference, code }, ctx) => {
      const canonical = normaliseTrackingCode(code);
      if (!canonical) throw badUserInput([{ field: 'code', message: 'A tracking code is two groups of five letters and digits, e.g. ABCDE-FGH23' }]);
      const row = await ctx.requests.findByReference(reference.trim().toUpperCase());
      // An unknown reference and a wrong code are answered alike: neither is disclosed.
      if (!row || !holdsTrackingCode(row.trackingCodeHash, canonical)) throw notFound('Request', reference);
      return toRequestModel(row);
    }),
    checkEligibility: allow(ROLE_GROUPS.anyone, (_, { input }) =>
      assessEligibility({ countryCode: input.countryCode, requestDate: input.requestDate ?? today(), institutions: input.institutions }),
    ),
  },
  Request: {
    __resolveReference: async (reference, ctx) => readable(ctx, await requestLoader(ctx).load(reference.id)),
    country: (request) => ({ code: request.beneficiaryCode }),
    contact: (request, _, ctx) => (mayReadContact(ctx.identity, request) ? request.contact : null),
    allowedTransitions: (request) => [...allowedRequestTransitions(request.status as RequestStatus)],
    eligibilityPreview: (request) => eligibilityOf(request),
    history: (request, _, ctx) => historyLoader(ctx).load(request.id),
    actionFicheVersions: async (request, _, ctx) => {
      const versions = await ficheVersionsLoader(ctx).load(request.id);
      return versions.length > 0 || !request.actionFiche ? versions : [request.actionFiche];
    },
    status: (request) => request.status as RequestStatus,
  },
  RequestTransition: {
    by: (line) => line.actorId,
    actorSubject: (line, _, ctx) => (line.actorId && hasRole(ctx.identity, ...ROLE_GROUPS.officers) ? actorSubjectLoader(ctx).load(line.actorId) : null),
  },
  RequestTracking: {
    status: (request) => request.status as RequestStatus,
    nextStep: (request, { lang }) => NEXT_STEPS[request.status as RequestStatus][(lang ?? 'EN') as Language],
    officialLetterReceivedOn: (request) => request.officialLetter?.receivedOn ?? null,
    decidedOn: (request) => request.decision?.decidedOn ?? null,
  },
  Institution: {
    country: (institution) => (institution.countryCode ? { code: institution.countryCode } : null),
  },
  EligibilityReason: {
    message: (reason, { lang }) => reason.message[(lang ?? 'EN') as Language],
  },
};
