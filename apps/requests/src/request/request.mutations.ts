import {
  actionFicheDraftMove,
  approvedOnOf,
  assertRequestEditable,
  assertNoDateProblem,
  assertRequestTransition,
  assessmentMove,
  eligibilityOverrideMove,
  findBeneficiary,
  isFinalDecision,
  requestStepProblem,
  type RequestStatus,
} from '@mieux/domain';
import { actorOf, allow, callerId, badUserInput, forbidden, hasRole, notFound, ROLE_GROUPS, scopedIdempotencyKey, today, type Role } from '@mieux/service-kit';
import type { ServiceContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { newTrackingCode, ownsRequest } from './request.access';
import type { RequestRow } from './request.entity';
import {
  validateActionFiche,
  validateCorrectedRequest,
  validateDecision,
  validateExpressionOfInterest,
  validateOfficialRequest,
  validateReason,
} from './request.input';
import { requestLoader } from './request.loader';
import { toRequestModel } from './request.model';
import { eligibilityOf } from './request.resolvers';
import type { ChangeActor } from './request.repository';

/** Who makes a change: the caller's opaque id under the role among `among` (the operation's group) it acts as; its sign-in is kept apart for officers. */
export function changeActor(ctx: ServiceContext, among: readonly Role[]): ChangeActor {
  return { ...actorOf(ctx.identity, among), subject: ctx.identity.sub };
}

async function move(
  ctx: ServiceContext,
  among: readonly Role[],
  id: string,
  to: RequestStatus,
  changes: (row: RequestRow) => Partial<RequestRow>,
  reason: string | null,
) {
  return toRequestModel(await ctx.requests.transition(id, to, changes, changeActor(ctx, among), reason));
}

/** The dated steps a request has been through, in their order: a later step is not dated before them. */
function stepsBefore(row: RequestRow): { step: string; on: string | null }[] {
  return [
    { step: 'expression of interest', on: row.expressionOfInterestOn },
    { step: 'official letter', on: row.letterReceivedOn },
    { step: 'Action Fiche', on: row.actionFiche?.draftedAt.slice(0, 10) ?? null },
  ];
}

/**
 * The lifecycle of a request (DOMAIN.md): each mutation is one legal transition, or a correction
 * the rules allow, recorded with who, when, why and of what kind.
 */
export const requestMutations: Resolvers = {
  Mutation: {
    submitExpressionOfInterest: allow(ROLE_GROUPS.anyone, async (_, { input, idempotencyKey }, ctx) => {
      const date = today();
      validateExpressionOfInterest(input, date, hasRole(ctx.identity, ...ROLE_GROUPS.officers));
      const code = input.countryCode.toUpperCase();
      const tracking = newTrackingCode();
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
          contactLanguage: input.contact.language ?? 'EN',
          expressionOfInterestOn: input.expressionOfInterestOn ?? date,
          submittedBy: ctx.identity.sub ? callerId(ctx.identity) : null,
        },
        // An anonymous submission has no actor: the contact it names is not an identity.
        changeActor(ctx, ROLE_GROUPS.signedIn),
        scopedIdempotencyKey(ctx.identity, idempotencyKey, input),
        tracking.hash,
      );
      // A replay answers the first submission's request, whose code was given then and is not kept.
      const trackingCode = row.trackingCodeHash === tracking.hash ? tracking.code : null;
      return { ...toRequestModel(row), grantedToCaller: true, trackingCode };
    }),

    recordOfficialRequest: allow(ROLE_GROUPS.officers, async (_, { id, input }, ctx) => {
      validateOfficialRequest(input, today());
      return move(
        ctx,
        ROLE_GROUPS.officers,
        id,
        'SUBMITTED',
        (row) => {
          assertNoDateProblem([requestStepProblem('input.receivedOn', input.receivedOn, stepsBefore(row))]);
          return { letterReference: input.letterReference.trim(), letterReceivedOn: input.receivedOn, letterChannel: input.channel };
        },
        `Official letter ${input.letterReference.trim()}`,
      );
    }),

    assessEligibility: allow(ROLE_GROUPS.officers, async (_, { id }, ctx) => {
      const request = await requestLoader(ctx).load(id);
      if (!request) throw notFound('Request', id);
      const assessment = eligibilityOf(request);
      const { to, reason } = assessmentMove(assessment);
      return move(ctx, ROLE_GROUPS.officers, id, to, () => ({ eligibility: assessment }), reason);
    }),

    draftActionFiche: allow(ROLE_GROUPS.officers, async (_, { id, input }, ctx) => {
      validateActionFiche(input);
      const drafted = await ctx.requests.change(
        id,
        (row) => {
          const { to, revision } = actionFicheDraftMove(row.status as RequestStatus);
          const version = row.actionFiche ? (row.actionFiche.version ?? 1) + 1 : 1;
          const fiche = {
            objectives: input.objectives.trim(),
            priorityNeeds: input.priorityNeeds.map((n) => n.trim()),
            plannedActivities: input.plannedActivities.map((p) => ({ type: p.type, count: p.count })),
            draftedAt: new Date().toISOString(),
            version,
          };
          const kind = to === row.status ? 'ACTION_FICHE_REVISION' : 'TRANSITION';
          return { to, set: { actionFiche: fiche }, reason: revision ? `Action Fiche version ${version}` : null, kind };
        },
        changeActor(ctx, ROLE_GROUPS.officers),
      );
      return toRequestModel(drafted);
    }),

    decideRequest: allow(ROLE_GROUPS.committee, async (_, { id, input }, ctx) => {
      validateDecision(input, today());
      const decidedOn = input.decidedOn ?? today();
      const { outcome, body } = input;
      const rationale = input.rationale.trim();
      const decided = await ctx.requests.change(
        id,
        (row) => {
          assertRequestTransition(row.status as RequestStatus, outcome);
          assertNoDateProblem([requestStepProblem(input.decidedOn ? 'input.decidedOn' : 'decidedOn', decidedOn, stepsBefore(row))]);
          // A revision asked is no decision yet: the comments and the body are in the history.
          const set = isFinalDecision(outcome)
            ? {
                decisionOutcome: outcome,
                decisionOn: decidedOn,
                decisionRationale: rationale,
                decisionBody: body,
                approvedOn: approvedOnOf(outcome, decidedOn),
              }
            : {};
          return { to: outcome, set, reason: rationale, body };
        },
        changeActor(ctx, ROLE_GROUPS.committee),
      );
      return toRequestModel(decided);
    }),

    withdrawRequest: allow(ROLE_GROUPS.signedIn, async (_, { id, reason }, ctx) => {
      validateReason(reason);
      if (!hasRole(ctx.identity, ...ROLE_GROUPS.officers)) {
        const request = await requestLoader(ctx).load(id);
        if (!request || !ownsRequest(ctx.identity, request)) throw forbidden('Only the requester or a project officer may withdraw a request');
      }
      return move(ctx, ROLE_GROUPS.signedIn, id, 'WITHDRAWN', () => ({}), reason.trim());
    }),

    correctRequest: allow(ROLE_GROUPS.signedIn, async (_, { id, input }, ctx) => {
      const current = await requestLoader(ctx).load(id);
      if (!current) throw notFound('Request', id);
      if (!hasRole(ctx.identity, ...ROLE_GROUPS.officers) && !ownsRequest(ctx.identity, current)) {
        throw forbidden('Only the requester or a project officer may correct a request');
      }
      const changes: Partial<RequestRow> = {};
      if (input.title != null) changes.title = input.title.trim();
      if (input.description != null) changes.description = input.description.trim();
      if (input.institutions != null) {
        changes.institutions = input.institutions.map((i) => ({ name: i.name.trim(), type: i.type, countryCode: i.countryCode?.toUpperCase() ?? null }));
      }
      if (input.thematicAreas != null) changes.thematicAreas = [...new Set(input.thematicAreas)];
      if (input.subTopics != null) changes.subTopics = [...new Set(input.subTopics)];
      const corrected = Object.keys(changes);
      if (corrected.length === 0) throw badUserInput([{ field: 'input', message: 'must name at least one field to correct' }]);
      validateCorrectedRequest({ ...current, ...changes });
      const row = await ctx.requests.change(
        id,
        (request) => {
          assertRequestEditable(request.status as RequestStatus);
          return { to: request.status as RequestStatus, set: changes, reason: `Corrected: ${corrected.join(', ')}`, kind: 'CORRECTION' };
        },
        changeActor(ctx, ROLE_GROUPS.signedIn),
      );
      return toRequestModel(row);
    }),

    overrideEligibility: allow(ROLE_GROUPS.officers, async (_, { id, eligible, rationale }, ctx) => {
      validateReason(rationale, 'rationale');
      const reason = rationale.trim();
      const row = await ctx.requests.change(
        id,
        (request) => ({
          to: eligibilityOverrideMove(request.status as RequestStatus, eligible),
          set: {
            eligibility: request.eligibility ?? eligibilityOf(toRequestModel(request)),
            eligibilityOverride: { eligible, rationale: reason, at: new Date().toISOString() },
          },
          reason,
          kind: 'ELIGIBILITY_OVERRIDE',
        }),
        changeActor(ctx, ROLE_GROUPS.officers),
      );
      return toRequestModel(row);
    }),
  },
};
