import { daysFromToday, identityOf, startTestSubgraph, type TestSubgraph } from '@mieux/service-kit/testing';
import type { ServiceContext } from '../src/context';
import { requestsService } from '../src/service';

export type Subgraph = TestSubgraph<ServiceContext>;

/** Letters and decisions of the lifecycle's tests are dated today: after the expression of interest and the Action Fiche recorded today. */
export const TODAY = daysFromToday(0);

export const officer = identityOf('PROJECT_OFFICER');
export const committee = identityOf('STEERING_COMMITTEE');
export const analyst = identityOf('ANALYST');
/** A partner signed in with the e-mail the expressions of interest name as contact: that alone makes no request theirs. */
export const partner = identityOf('PARTNER', { sub: 'focal.point@interior.gov.sn' });
export const otherPartner = identityOf('PARTNER', { sub: 'someone@else.org' });
export const expert = identityOf('EXPERT', { expertId: 'e-1' });
export const anonymous = identityOf(null);

export function startRequests(): Promise<Subgraph> {
  return startTestSubgraph(requestsService);
}

/** An expression of interest from Senegal's Ministry of the Interior, with overrides. */
export function expressionOfInterest(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Labour migration policy support',
    countryCode: 'SN',
    institutions: [{ name: 'Ministry of the Interior', type: 'NATIONAL_INSTITUTION', countryCode: 'SN' }],
    contact: { name: 'Awa Diop', email: 'focal.point@interior.gov.sn', phone: '+221 33 000 00 00' },
    thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'],
    subTopics: ['LABOUR_MIGRATION'],
    description: 'Support to draft a national labour migration policy.',
    ...overrides,
  };
}

export const REQUEST_FIELDS = `id reference title status allowedTransitions channel country { code name } thematicAreas expressionOfInterestOn
  contact { name email } eligibilityPreview { eligible reasons { code blocking message } } eligibility { eligible }
  officialLetter { reference receivedOn channel } actionFiche { objectives plannedActivities { type count } } decision { outcome decidedOn rationale }
  approvedOn history { from to actorId role reason }`;

export const SUBMIT = `mutation($input: ExpressionOfInterestInput!, $key: String) { submitExpressionOfInterest(input: $input, idempotencyKey: $key) { ${REQUEST_FIELDS} } }`;
export const RECORD = `mutation($id: ID!) { recordOfficialRequest(id: $id, input: { letterReference: "MIN/2026/77", receivedOn: "${TODAY}", channel: EU_DELEGATION }) { ${REQUEST_FIELDS} } }`;
export const ASSESS = `mutation($id: ID!) { assessEligibility(id: $id) { ${REQUEST_FIELDS} } }`;
export const DRAFT = `mutation($id: ID!) { draftActionFiche(id: $id, input: { objectives: "A labour migration policy", priorityNeeds: ["Data", "Coordination"], plannedActivities: [{ type: INFORMATION_EXCHANGE, count: 2 }, { type: TRAINING, count: 3 }, { type: POLICY_WORK, count: 2 }] }) { ${REQUEST_FIELDS} } }`;
export const DECIDE = `mutation($id: ID!, $outcome: DecisionOutcome!) { decideRequest(id: $id, input: { outcome: $outcome, body: EEAS, rationale: "Demand-driven and feasible", decidedOn: "${TODAY}" }) { ${REQUEST_FIELDS} } }`;
export const WITHDRAW = `mutation($id: ID!) { withdrawRequest(id: $id, reason: "Priorities changed") { ${REQUEST_FIELDS} } }`;

type Request = { id: string; status: string; [field: string]: unknown };

/** Submits a request (through the anonymous form unless a submitter is signed in) and moves it to `status` along the happy path. */
export async function requestIn(subgraph: Subgraph, status: string, input = expressionOfInterest(), submitter = anonymous): Promise<Request> {
  const submitted = await subgraph.execute<{ submitExpressionOfInterest: Request }>(SUBMIT, { input }, submitter);
  if (submitted.errors) throw new Error(JSON.stringify(submitted.errors));
  let request = submitted.data!.submitExpressionOfInterest;
  const steps: [string, string, Record<string, unknown>, ReturnType<typeof identityOf>][] = [
    ['SUBMITTED', RECORD, {}, officer],
    ['ELIGIBLE', ASSESS, {}, officer],
    ['ACTION_FICHE_DRAFTED', DRAFT, {}, officer],
    ['APPROVED', DECIDE, { outcome: 'APPROVED' }, committee],
  ];
  for (const [reached, mutation, variables, who] of steps) {
    if (request.status === status) break;
    const result = await subgraph.execute<Record<string, Request>>(mutation, { id: request.id, ...variables }, who);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    request = Object.values(result.data!)[0];
    if (reached !== request.status) throw new Error(`expected ${reached}, got ${request.status}`);
  }
  return request;
}
