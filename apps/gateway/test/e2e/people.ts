import { randomUUID } from 'node:crypto';
import { committee, daysFromToday, officer } from '@mieux/service-kit/testing';
import type { Caller, RunningGraph } from '@mieux/service-kit/testing';

/** The people who move a request along, as the end-to-end suites sign them in (the kit's testing callers). */
export { analyst, committee, officer } from '@mieux/service-kit/testing';

/** The value of the call's one root field; any error fails the test with the query and the errors. */
export async function answer<T = any>(graph: RunningGraph, query: string, variables: Record<string, unknown> = {}, as: Caller | null = null): Promise<T> {
  const result = await graph.query<T>(query, variables, as);
  if (result.errors) throw new Error(`${query}\n${JSON.stringify(result.errors, null, 2)}`);
  return Object.values(result.data as object)[0] as T;
}

/** An expert applies to the roster and a project officer makes them active. */
export async function activeExpert(graph: RunningGraph, fullName: string, memberState = 'SE'): Promise<string> {
  const input = rosterApplication(fullName, `${randomUUID()}@gov.example.eu`, memberState);
  const applied = await answer(graph, `mutation($input: RosterApplicationInput!) { applyToRoster(input: $input) { id } }`, { input });
  await answer(graph, `mutation($id: ID!) { reviewApplication(id: $id, status: ACTIVE) { status } }`, { id: applied.id }, officer);
  return applied.id;
}

/** A public official's application to the roster, available from a month ago for a year. */
export function rosterApplication(fullName: string, email: string, memberState = 'SE') {
  return {
    fullName,
    email,
    nationality: memberState,
    employerType: 'EU_MEMBER_STATE_ADMINISTRATION',
    publicOfficial: true,
    memberState,
    thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'],
    languages: ['en'],
    cvSummary: 'Labour migration official',
    consent: true,
    privacyNoticeVersion: '2018.1',
    availability: [{ from: daysFromToday(-30), to: daysFromToday(365) }],
  };
}

export const SUBMIT = `mutation($input: ExpressionOfInterestInput!) { submitExpressionOfInterest(input: $input) { id reference } }`;

/** A Ghanaian ministry's expression of interest (`more`: fields a project officer adds, e.g. an earlier date). */
export function expressionOfInterest(title: string, contactEmail: string, more: Record<string, unknown> = {}) {
  return {
    title,
    countryCode: 'GH',
    description: 'Support to a labour migration policy',
    institutions: [{ name: 'Ministry of Employment', type: 'NATIONAL_INSTITUTION', countryCode: 'GH' }],
    contact: { name: 'Focal point', email: contactEmail },
    thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'],
    ...more,
  };
}

/** Moves a submitted request to its approval, as the project officer and the Steering Committee do. */
export async function approveRequest(graph: RunningGraph, requestId: string): Promise<void> {
  const today = daysFromToday(0);
  const move = (mutation: string, as: Caller) => answer(graph, `mutation($id: ID!) { ${mutation} }`, { id: requestId }, as);
  await move(`recordOfficialRequest(id: $id, input: { letterReference: "MELR/2026/1", receivedOn: "${today}", channel: EU_DELEGATION }) { status }`, officer);
  await move('assessEligibility(id: $id) { status }', officer);
  await move(
    'draftActionFiche(id: $id, input: { objectives: "A policy", priorityNeeds: ["Data"], plannedActivities: [{ type: TRAINING, count: 2 }] }) { status }',
    officer,
  );
  await move(
    `decideRequest(id: $id, input: { outcome: APPROVED, body: DG_INTPA, rationale: "Aligned with priorities", decidedOn: "${today}" }) { status }`,
    committee,
  );
}

/** A request with its Action and everything partners follow, and the institutions around it. */
export interface FollowedAction {
  requestId: string;
  reference: string;
  /** The tracking code the anonymous submission answered, once. */
  trackingCode: string;
  /** Made from the expression of interest before the Action was created. */
  institution: string;
  /** Recorded and linked by a project officer once the Action existed. */
  linkedLater: string;
  /** Linked to another request only. */
  other: string;
  action: { id: string; reference: string; activityDrafts: { id: string; type: string; title: string }[] };
  activityId: string;
  expertId: string;
}

/**
 * What the partner's side of the journey and the access matrix read: a Ghanaian ministry's request,
 * approved, its Action with a training held, an expert deployed, participation, a partner authority's
 * evaluation, a result and an indicator; another institution linked to another request.
 */
export async function followedAction(graph: RunningGraph): Promise<FollowedAction> {
  const today = daysFromToday(0);
  const ok = (query: string, variables: Record<string, unknown> = {}, as: Caller | null = officer) => answer(graph, query, variables, as);
  const submitted = await ok(
    `mutation($input: ExpressionOfInterestInput!) { submitExpressionOfInterest(input: $input) { id reference trackingCode } }`,
    { input: expressionOfInterest('Labour migration governance', 'kofi@employment.gov.gh') },
    null,
  );
  const requestId: string = submitted.id;
  const made = await ok(`mutation($id: ID!) { createPartnerFromRequest(requestId: $id) { partners { id name } } }`, { id: requestId });
  const other: string = (
    await ok(
      `mutation { createPartnerInstitution(input: { name: "Ghana Immigration Service", type: NATIONAL_INSTITUTION, countryCode: "GH", contacts: [] }) { id } }`,
    )
  ).id;
  const elsewhere = await ok(SUBMIT, { input: expressionOfInterest('Border management', 'gis@gis.gov.gh') }, null);
  await ok(`mutation($r: ID!, $i: ID!) { linkPartnerInstitution(requestId: $r, institutionId: $i) { id } }`, { r: elsewhere.id, i: other });

  await approveRequest(graph, requestId);
  const action = await ok(`mutation($id: ID!) { createAction(input: { requestId: $id }) { id reference activityDrafts { id type title } } }`, {
    id: requestId,
  });
  const activity = await ok(
    `mutation($d: ID!) { scheduleActivityDraft(draftId: $d, input: { format: TRAINING_OF_TRAINERS, title: "Training of trainers", startsOn: "${today}", endsOn: "${today}", countryCode: "GH", city: "Accra" }) { id type } }`,
    { d: action.activityDrafts[0].id },
  );
  const expertId = await activeExpert(graph, 'Eva Berg');
  await ok(`mutation($a: ID!, $e: ID!) { deployExpert(activityId: $a, expertId: $e, role: LEAD_EXPERT) { id } }`, { a: activity.id, e: expertId });
  await ok(`mutation($id: ID!) { setActivityStatus(id: $id, status: HELD) { status } }`, { id: activity.id });
  await ok(`mutation($a: ID!) { recordParticipation(activityId: $a, input: { total: 25, women: 12, men: 13 }) { total } }`, { a: activity.id });
  await ok(`mutation($a: ID!) { submitEvaluation(activityId: $a, input: { respondentType: PARTNER_AUTHORITY, rating: EXCELLENT }) { id } }`, {
    a: activity.id,
  });
  await ok(
    `mutation($a: ID!) { recordResult(actionId: $a, input: { type: POLICY, status: DRAFTED, title: "National labour migration policy", date: "${today}" }) { id } }`,
    { a: action.id },
  );
  await ok(
    `mutation($a: ID!) { setIndicator(actionId: $a, input: { name: "Officials trained", unit: "people", baseline: 0, target: 40, actual: 25, period: "2026" }) { id } }`,
    { a: action.id },
  );
  const linkedLater: string = (
    await ok(
      `mutation { createPartnerInstitution(input: { name: "Ministry of Labour Relations", type: NATIONAL_INSTITUTION, countryCode: "GH", contacts: [] }) { id } }`,
    )
  ).id;
  await ok(`mutation($r: ID!, $i: ID!) { linkPartnerInstitution(requestId: $r, institutionId: $i) { id } }`, { r: requestId, i: linkedLater });
  // The Action learns of the link from the requests service's event: its partners read it once the event is applied.
  const partner: Caller = { role: 'PARTNER', sub: 'someone@labour.gov.gh', org: linkedLater };
  const deadline = Date.now() + 30_000;
  while (!(await ok(`query($id: ID!) { action(id: $id) { id } }`, { id: action.id }, partner)) && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 200));
  const { reference, trackingCode } = submitted;
  return { requestId, reference, trackingCode, institution: made.partners[0].id, linkedLater, other, action, activityId: activity.id, expertId };
}
