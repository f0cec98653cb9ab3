import { findBeneficiary, type RequestStatus } from '@mieux/domain';
import { forbidden, hasRole, notFound, requireRole, requireSignedIn, today } from '@mieux/service-kit';
import type { ServiceContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { actingRole, ownsRequest } from './request.access';
import type { RequestRow } from './request.entity';
import { validateActionFiche, validateDecision, validateExpressionOfInterest, validateOfficialRequest, validateReason } from './request.input';
import { requestLoader } from './request.loader';
import { toRequestModel } from './request.model';
import { eligibilityOf } from './request.resolvers';
import type { Actor } from './request.repository';

function actor(ctx: ServiceContext): Actor {
  return { sub: ctx.identity.sub, role: actingRole(ctx.identity) };
}

async function move(ctx: ServiceContext, id: string, to: RequestStatus, changes: (row: RequestRow) => Partial<RequestRow>, reason: string | null) {
  return toRequestModel(await ctx.requests.transition(id, to, changes, actor(ctx), reason));
}

/** The lifecycle of a request (DOMAIN.md): each mutation is one legal transition, recorded with who, when and why. */
export const requestMutations: Resolvers = {
  Mutation: {
    submitExpressionOfInterest: async (_, { input, idempotencyKey }, ctx) => {
      const date = today();
      validateExpressionOfInterest(input, date, hasRole(ctx.identity, 'PROJECT_OFFICER'));
      const code = input.countryCode.toUpperCase();
      const row = await ctx.requests.create(
        {
          title: input.title.trim(),
          channel: input.channel ?? 'WEBSITE',
          beneficiaryCode: code,
          region: findBeneficiary(code)?.region ?? null,
          description: input.description.trim(),
          thematicAreas: [...new Set(input.thematicAreas)],
          subTopics: [...new Set(input.subTopics ?? [])],
          institutions: input.institutions.map((i) => ({ name: i.name.trim(), type: i.type, countryCode: i.countryCode?.toUpperCase() ?? null })),
          contactName: input.contact.name.trim(),
          contactEmail: input.contact.email.trim().toLowerCase(),
          contactPhone: input.contact.phone?.trim() || null,
          expressionOfInterestOn: input.expressionOfInterestOn ?? date,
        },
        // An anonymous submission is recorded under the contact it gives.
        ctx.identity.sub ? actor(ctx) : { sub: input.contact.email.trim().toLowerCase(), role: 'PARTNER' },
        idempotencyKey ?? null,
      );
      return { ...toRequestModel(row), grantedToCaller: true };
    },

    recordOfficialRequest: async (_, { id, input }, ctx) => {
      requireRole(ctx.identity, 'PROJECT_OFFICER');
      validateOfficialRequest(input, today());
      return move(ctx, id, 'SUBMITTED', () => ({ letterReference: input.letterReference.trim(), letterReceivedOn: input.receivedOn, letterChannel: input.channel }), `Official letter ${input.letterReference.trim()}`);
    },

    assessEligibility: async (_, { id }, ctx) => {
      requireRole(ctx.identity, 'PROJECT_OFFICER');
      const request = await requestLoader(ctx).load(id);
      if (!request) throw notFound('Request', id);
      const assessment = eligibilityOf(request);
      const blocking = assessment.reasons.filter((r) => r.blocking).map((r) => r.code);
      return move(ctx, id, assessment.eligible ? 'ELIGIBLE' : 'INELIGIBLE', () => ({ eligibility: assessment }), blocking.length ? blocking.join(', ') : null);
    },

    draftActionFiche: async (_, { id, input }, ctx) => {
      requireRole(ctx.identity, 'PROJECT_OFFICER');
      validateActionFiche(input);
      const fiche = {
        objectives: input.objectives.trim(),
        priorityNeeds: input.priorityNeeds.map((n) => n.trim()),
        plannedActivities: input.plannedActivities.map((p) => ({ type: p.type, count: p.count })),
        draftedAt: new Date().toISOString(),
      };
      return move(ctx, id, 'ACTION_FICHE_DRAFTED', () => ({ actionFiche: fiche }), null);
    },

    decideRequest: async (_, { id, input }, ctx) => {
      requireRole(ctx.identity, 'STEERING_COMMITTEE');
      validateDecision(input, today());
      const decidedOn = input.decidedOn ?? today();
      return move(
        ctx,
        id,
        input.outcome,
        () => ({ decisionOutcome: input.outcome, decisionOn: decidedOn, decisionRationale: input.rationale.trim(), approvedOn: input.outcome === 'APPROVED' ? decidedOn : null }),
        input.rationale.trim(),
      );
    },

    withdrawRequest: async (_, { id, reason }, ctx) => {
      requireSignedIn(ctx.identity);
      validateReason(reason);
      if (!hasRole(ctx.identity, 'PROJECT_OFFICER')) {
        const request = await requestLoader(ctx).load(id);
        if (!request || !ownsRequest(ctx.identity, request)) throw forbidden('Only the requester or a project officer may withdraw a request');
      }
      return move(ctx, id, 'WITHDRAWN', () => ({}), reason.trim());
    },
  },
};
