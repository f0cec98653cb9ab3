import { randomUUID } from 'node:crypto';
import { daysFromToday } from '@mieux/service-kit/testing';
import { committee, mustAnswer, officer, startGraph, type Caller, type RunningGraph } from './graph';

/** The whole graph as real processes on MySQL, empty: every figure is what these tests record. */
let graph: RunningGraph;
beforeAll(async () => {
  graph = await startGraph({ env: { RATE_LIMIT_MUTATIONS_PER_MINUTE: '10000', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '10000' } });
}, 240_000);
afterAll(() => graph?.close(), 60_000);

const TODAY = daysFromToday(0);

const ok = <T = any>(query: string, variables: Record<string, unknown> = {}, as: Caller | null = null) => mustAnswer<T>(graph, query, variables, as);

/** A request taken to approval today, and its Action. */
async function approvedAction(countryCode = 'GH'): Promise<{ id: string; requestId: string }> {
  const submitted = await ok(`mutation($input: ExpressionOfInterestInput!) { submitExpressionOfInterest(input: $input) { id } }`, {
    input: {
      title: 'Labour migration governance',
      countryCode,
      description: 'Support to a labour migration policy',
      institutions: [{ name: 'Ministry of Employment', type: 'NATIONAL_INSTITUTION' }],
      contact: { name: 'Kofi Mensah', email: 'kofi.mensah@employment.gov.gh' },
      thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY', 'MIGRATION_AND_DEVELOPMENT'],
    },
  });
  const id = submitted.submitExpressionOfInterest.id;
  await ok(
    `mutation($id: ID!, $on: Date!) { recordOfficialRequest(id: $id, input: { letterReference: "L/1", receivedOn: $on, channel: WEBSITE }) { status } }`,
    { id, on: TODAY },
    officer,
  );
  await ok(`mutation($id: ID!) { assessEligibility(id: $id) { status } }`, { id }, officer);
  await ok(
    `mutation($id: ID!) { draftActionFiche(id: $id, input: { objectives: "A policy", priorityNeeds: ["Data"], plannedActivities: [{ type: TRAINING, count: 3 }] }) { status } }`,
    { id },
    officer,
  );
  await ok(
    `mutation($id: ID!, $on: Date!) { decideRequest(id: $id, input: { outcome: APPROVED, rationale: "Feasible", decidedOn: $on }) { status } }`,
    { id, on: TODAY },
    committee,
  );
  const created = await ok(`mutation($id: ID!) { createAction(input: { requestId: $id }) { id } }`, { id }, officer);
  return { id: created.createAction.id, requestId: id };
}

const PLAN = `mutation($a: ID!, $input: ActivityInput!) { planActivity(actionId: $a, input: $input) { id } }`;
const planOn = async (actionId: string, startsOn: string, type = 'TRAINING', format = 'TRAINING_OF_TRAINERS'): Promise<string> =>
  (
    await ok(
      PLAN,
      { a: actionId, input: { type, format, title: `${format} on ${startsOn}`, startsOn, endsOn: startsOn, countryCode: 'GH', city: 'Accra' } },
      officer,
    )
  ).planActivity.id;

/** An ACTIVE expert of the roster, by a real application and review. */
async function activeExpert(memberState = 'SE'): Promise<string> {
  const applied = await ok(`mutation($input: RosterApplicationInput!) { applyToRoster(input: $input) { id } }`, {
    input: {
      fullName: 'Eva Berg',
      email: `${randomUUID()}@gov.example.eu`,
      nationality: memberState,
      employerType: 'EU_MEMBER_STATE_ADMINISTRATION',
      publicOfficial: true,
      memberState,
      thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'],
      languages: ['en'],
      cvSummary: 'Labour migration official',
      consent: true,
      privacyNoticeVersion: '2018.1',
    },
  });
  await ok(`mutation($id: ID!) { reviewApplication(id: $id, status: ACTIVE) { status } }`, { id: applied.applyToRoster.id }, officer);
  return applied.applyToRoster.id;
}

describe('no race across services loses a rule', () => {
  it('never leaves an expert deployed after withdrawing consent when deployExpert races withdrawConsent (20 trials, real services on MySQL)', async () => {
    const action = await approvedAction();
    const deployedAfterWithdrawal: string[] = [];
    for (let trial = 0; trial < 20; trial += 1) {
      const expertId = await activeExpert();
      const activityId = await planOn(action.id, daysFromToday(30 + trial));
      const [deployed, withdrawn] = await Promise.all([
        graph.query<any>(
          `mutation($a: ID!, $e: ID!) { deployExpert(activityId: $a, expertId: $e, role: EXPERT) { id } }`,
          { a: activityId, e: expertId },
          officer,
        ),
        graph.query<any>(`mutation { withdrawConsent { status } }`, {}, { role: 'EXPERT', sub: `${expertId}@experts`, expertId }),
      ]);
      expect(withdrawn.errors).toBeUndefined();
      const seen = await ok(`query($id: ID!) { activity(id: $id) { deployments { status expert { id } } } }`, { id: activityId }, officer);
      const active = seen.activity.deployments.filter((d: any) => d.status === 'ACTIVE');
      if (active.length > 0) deployedAfterWithdrawal.push(`${trial}: ${deployed.errors ? 'refused' : 'booked'}`);
    }
    expect(deployedAfterWithdrawal).toEqual([]);
  }, 180_000);
});
