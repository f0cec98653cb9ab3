import { z } from 'zod';

/** The services that publish events (the subgraphs). */
export const PRODUCERS = ['requests', 'actions', 'experts', 'monitoring'] as const;
export type Producer = (typeof PRODUCERS)[number];

const id = z.string().min(1).max(64);
const code = z.string().min(1).max(64);
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

const requestFacts = z.object({ requestId: id, reference: z.string().max(40), countryCode, thematicAreas: z.array(code) });
const activityDates = z.object({ activityId: id, actionId: id, startsOn: isoDate, endsOn: isoDate });
const statusChange = { from: code, to: code };

/** Every event of the graph, by type. Add a type here before a service publishes it. */
export const EVENTS = {
  // requests
  RequestSubmitted: event('requests', 'Request', 1, requestFacts.extend({ status: code, submittedAt: z.iso.datetime() })),
  RequestStatusChanged: event('requests', 'Request', 1, z.object({ requestId: id, ...statusChange })),
  RequestDecided: event('requests', 'Request', 1, z.object({ requestId: id, decision: z.enum(['APPROVED', 'REJECTED']), decidedOn: isoDate })),
  // actions
  ActionCreated: event('actions', 'Action', 1, z.object({ actionId: id, requestId: id, reference: z.string().max(40), countryCode, status: code })),
  ActionStatusChanged: event('actions', 'Action', 1, z.object({ actionId: id, ...statusChange })),
  ActivityPlanned: event('actions', 'Activity', 1, activityDates.extend({ status: code, type: code, countryCode })),
  ActivityRescheduled: event('actions', 'Activity', 1, activityDates),
  ActivityStatusChanged: event('actions', 'Activity', 1, z.object({ activityId: id, actionId: id, ...statusChange })),
  ExpertDeployed: event(
    'actions',
    'Deployment',
    1,
    z.object({ deploymentId: id, activityId: id, expertId: id, role: code, startsOn: isoDate, endsOn: isoDate }),
  ),
  DeploymentCancelled: event('actions', 'Deployment', 1, z.object({ deploymentId: id, activityId: id, expertId: id })),
  // experts
  ExpertApplied: event('experts', 'Expert', 1, z.object({ expertId: id, status: code })),
  ExpertAccepted: event('experts', 'Expert', 1, z.object({ expertId: id, card: expertCard })),
  ExpertCardChanged: event('experts', 'Expert', 1, z.object({ expertId: id, card: expertCard })),
  ConsentWithdrawn: event('experts', 'Expert', 1, z.object({ expertId: id, status: code })),
  ExpertErased: event('experts', 'Expert', 1, z.object({ expertId: id, status: code })),
  // monitoring
  ParticipationRecorded: event(
    'monitoring',
    'Activity',
    1,
    z.object({ activityId: id, actionId: id, total: z.number().int().min(0), women: z.number().int().min(0) }),
  ),
  EvaluationSubmitted: event('monitoring', 'Activity', 1, z.object({ evaluationId: id, activityId: id, actionId: id, respondentType: code, rating: code })),
  ResultRecorded: event('monitoring', 'Action', 1, z.object({ resultId: id, actionId: id, type: code, status: code, date: isoDate })),
  ResultUpdated: event('monitoring', 'Action', 1, z.object({ resultId: id, actionId: id, type: code, status: code, date: isoDate })),
} satisfies Record<string, EventDefinition>;

export type EventType = keyof typeof EVENTS;
export type EventPayload<T extends EventType> = z.infer<(typeof EVENTS)[T]['payload']>;

/** The event types one producer publishes. */
export function typesOf(producer: Producer): EventType[] {
  return (Object.keys(EVENTS) as EventType[]).filter((type) => EVENTS[type].producer === producer);
}
