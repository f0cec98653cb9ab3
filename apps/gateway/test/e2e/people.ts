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
