import { z } from 'zod';

/** The services that publish events (the subgraphs). */
export const PRODUCERS = ['requests', 'actions', 'experts', 'monitoring'] as const;
export type Producer = (typeof PRODUCERS)[number];

const id = z.string().min(1).max(64);
const code = z.string().min(1).max(64);
/** ISO 639-1 working languages. */
const languages = z.array(z.string().regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code')).max(10);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date (YYYY-MM-DD)');
const countryCode = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code');

/**
 * What an event is: who publishes it, about which aggregate, at which version, carrying which facts.
 * A payload holds facts, never personal data beyond what its consumers own (the expert's public card
 * is the one exception, owned by the roster's readers, and forgotten on `ExpertErased`).
 */
export interface EventDefinition<TPayload extends z.ZodType = z.ZodType> {
  producer: Producer;
  aggregate: string;
  /** Raised when a payload changes incompatibly; consumers refuse a version they do not know. */
  version: number;
  payload: TPayload;
}

function event<TPayload extends z.ZodType>(producer: Producer, aggregate: string, version: number, payload: TPayload): EventDefinition<TPayload> {
  return { producer, aggregate, version, payload };
}

/** The expert's public card: what the explorer shows of a deployed expert, nothing more. */
export const expertCard = z.object({
  displayName: z.string().min(1).max(200),
  status: code,
  employerType: code,
  publicOfficial: z.boolean(),
  nationality: countryCode,
  memberState: countryCode.nullable(),
});
export type ExpertCard = z.infer<typeof expertCard>;

const beneficiary = { beneficiaryCode: code };
const requestFacts = z.object({ requestId: id, reference: z.string().max(40), ...beneficiary, thematicAreas: z.array(code) });
const activityDates = z.object({ activityId: id, actionId: id, startsOn: isoDate, endsOn: isoDate });
const statusChange = { from: code, to: code };
const deploymentFacts = z.object({ deploymentId: id, activityId: id, expertId: id });
const invitationFacts = z.object({ invitationId: id, activityId: id, expertId: id });
/** A result's facts; `activityIds`, the activities that contributed, added later: absent from earlier events, read as none. */
const resultFacts = z.object({ resultId: id, actionId: id, type: code, status: code, date: isoDate, activityIds: z.array(id).max(50).default([]) });

/** Every event of the graph, by type. Add a type here before a service publishes it. */
export const EVENTS = {
  // requests
  /** Version 2 adds the date of the expression of interest (an officer may record one received earlier) and the region: the portfolio counts requests by them. */
  RequestSubmitted: event(
    'requests',
    'Request',
    2,
    requestFacts.extend({ status: code, submittedAt: z.iso.datetime(), expressionOfInterestOn: isoDate, region: code.nullable() }),
  ),
  RequestCorrected: event('requests', 'Request', 1, z.object({ requestId: id, status: code, ...beneficiary, thematicAreas: z.array(code) })),
  RequestStatusChanged: event('requests', 'Request', 1, z.object({ requestId: id, ...statusChange })),
  ActionFicheDrafted: event('requests', 'Request', 1, z.object({ requestId: id, version: z.number().int().min(1), status: code })),
  /** The Steering Committee's decision; a revision asked is dated in the history only (`decidedOn` null). */
  RequestDecided: event(
    'requests',
    'Request',
    1,
    z.object({
      requestId: id,
      from: code,
      decision: z.enum(['APPROVED', 'REJECTED', 'REVISION_REQUESTED']),
      body: code.nullable(),
      decidedOn: isoDate.nullable(),
    }),
  ),
  /** A partner institution linked to a request (again: no event); its partners then read the request and its Action. */
  RequestPartnerLinked: event('requests', 'Request', 1, z.object({ requestId: id, institutionId: id })),
  // actions
  /** Version 2 adds the region and thematic areas the Action keeps from its request: the portfolio selects and slices by them. */
  ActionCreated: event(
    'actions',
    'Action',
    2,
    z.object({
      actionId: id,
      requestId: id,
      reference: z.string().max(40),
      ...beneficiary,
      region: code.nullable(),
      thematicAreas: z.array(code),
      status: code,
      approvedOn: isoDate,
    }),
  ),
  ActionStatusChanged: event('actions', 'Action', 1, z.object({ actionId: id, ...statusChange })),
  ActionClosed: event('actions', 'Action', 1, z.object({ actionId: id, from: code })),
  ActionCancelled: event('actions', 'Action', 1, z.object({ actionId: id, from: code })),
  /** `workingLanguages` is absent only from activities planned before activities had them (the same version: an addition). */
  ActivityPlanned: event('actions', 'Activity', 1, activityDates.extend({ status: code, type: code, countryCode, workingLanguages: languages.optional() })),
  ActivityRescheduled: event('actions', 'Activity', 1, activityDates),
  /** A correction of an activity's working languages. */
  ActivityLanguagesChanged: event('actions', 'Activity', 1, z.object({ activityId: id, actionId: id, workingLanguages: languages })),
  ActivityStatusChanged: event('actions', 'Activity', 1, z.object({ activityId: id, actionId: id, ...statusChange })),
  ExpertDeployed: event('actions', 'Deployment', 1, deploymentFacts.extend({ role: code, startsOn: isoDate, endsOn: isoDate })),
  /** A deployment cancelled on its own or released with its activity (`reason` says which). */
  DeploymentCancelled: event('actions', 'Deployment', 1, deploymentFacts.extend({ reason: z.enum(['CANCELLED', 'ACTIVITY_CANCELLED']) })),
  /** A deployment not yet begun, ended because its expert left the roster (consent withdrawn or erased). */
  DeploymentEnded: event('actions', 'Deployment', 1, deploymentFacts),
  /**
   * An expert invited to an activity, holding the dates until `expiresAt`. Facts only: the terms of
   * reference and any reason stay with the actions service (the notifier reads them through the graph).
   */
  ExpertInvited: event(
    'actions',
    'Invitation',
    1,
    invitationFacts.extend({ role: code, startsOn: isoDate, endsOn: isoDate, expiresAt: z.iso.datetime(), outsideAvailability: z.boolean() }),
  ),
  /** The expert accepted: the invitation became the deployment `deploymentId` (its ExpertDeployed follows in the same transaction). */
  InvitationAccepted: event('actions', 'Invitation', 1, invitationFacts.extend({ deploymentId: id })),
  /** The expert declined; their reason is not carried. */
  InvitationDeclined: event('actions', 'Invitation', 1, invitationFacts),
  /** No answer in time: the expert's dates are free again. */
  InvitationExpired: event('actions', 'Invitation', 1, invitationFacts.extend({ expiresAt: z.iso.datetime() })),
  /** Withdrawn by the officer, with its cancelled activity, or because its expert left the roster (`reason` says which). */
  InvitationWithdrawn: event('actions', 'Invitation', 1, invitationFacts.extend({ reason: z.enum(['WITHDRAWN', 'ACTIVITY_CANCELLED', 'EXPERT_LEFT']) })),
  // experts
  ExpertApplied: event('experts', 'Expert', 1, z.object({ expertId: id, status: code })),
  ExpertAccepted: event('experts', 'Expert', 1, z.object({ expertId: id, card: expertCard })),
  ExpertCardChanged: event('experts', 'Expert', 1, z.object({ expertId: id, card: expertCard })),
  ConsentWithdrawn: event('experts', 'Expert', 1, z.object({ expertId: id, status: code })),
  ExpertErased: event('experts', 'Expert', 1, z.object({ expertId: id, status: code })),
  /**
   * The anonymous facts the portfolio counts of an expert (employer type, public official, Member State),
   * without the card's name: told when the expert applies and whenever one of them changes; kept after an erasure.
   */
  ExpertFactsChanged: event(
    'experts',
    'Expert',
    1,
    z.object({ expertId: id, employerType: code, publicOfficial: z.boolean(), memberState: countryCode.nullable() }),
  ),
  // monitoring
  ParticipationRecorded: event(
    'monitoring',
    'Activity',
    1,
    z.object({
      activityId: id,
      actionId: id,
      total: z.number().int().min(0),
      women: z.number().int().min(0),
      men: z.number().int().min(0),
      undisclosed: z.number().int().min(0),
      /** Added later: absent from earlier events, read as none. */
      byInstitutionType: z
        .array(z.object({ type: code, count: z.number().int().min(0) }))
        .max(20)
        .default([]),
    }),
  ),
  EvaluationSubmitted: event('monitoring', 'Activity', 1, z.object({ evaluationId: id, activityId: id, actionId: id, respondentType: code, rating: code })),
  /** An officer's appraisal of a deployed expert: never an evaluation, never in a satisfaction rate. */
  ExpertAppraised: event('monitoring', 'Activity', 1, z.object({ activityId: id, actionId: id, expertId: id, rating: code, wouldDeployAgain: z.boolean() })),
  ResultRecorded: event('monitoring', 'Action', 1, resultFacts),
  ResultUpdated: event('monitoring', 'Action', 1, resultFacts),
  IndicatorSet: event(
    'monitoring',
    'Action',
    1,
    z.object({
      indicatorId: id,
      actionId: id,
      name: z.string().min(1).max(200),
      unit: code,
      baseline: z.number(),
      target: z.number(),
      actual: z.number().nullable(),
      period: z.string().max(40),
      /** The actual by sex, for an indicator counting people; added later: absent from earlier events, read as none. */
      actualBySex: z
        .object({ women: z.number().int().min(0), men: z.number().int().min(0), undisclosed: z.number().int().min(0) })
        .nullable()
        .default(null),
    }),
  ),
  FinalEvaluationRecorded: event('monitoring', 'Action', 1, z.object({ actionId: id, rating: code, date: isoDate })),
  /** A closed Action followed up some months after: the facts of the sustainability figure (the domain's sustainabilityRate). */
  FollowUpRecorded: event(
    'monitoring',
    'Action',
    1,
    z.object({ actionId: id, monthsAfter: z.number().int().min(1), date: isoDate, policyAdopted: z.boolean(), practiceInUse: z.boolean() }),
  ),
} satisfies Record<string, EventDefinition>;

export type EventType = keyof typeof EVENTS;
export type EventPayload<T extends EventType> = z.infer<(typeof EVENTS)[T]['payload']>;

/** The event types one producer publishes. */
export function typesOf(producer: Producer): EventType[] {
  return (Object.keys(EVENTS) as EventType[]).filter((type) => EVENTS[type].producer === producer);
}
