import { daysFromToday } from '@mieux/service-kit/testing';
import { analyst, committee, mustAnswer, officer, startGraph, type Caller, type RunningGraph } from '@mieux/service-kit/testing';
import { activeExpert } from './people';

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
    `mutation($id: ID!, $on: Date!) { decideRequest(id: $id, input: { outcome: APPROVED, body: DG_INTPA, rationale: "Feasible", decidedOn: $on }) { status } }`,
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

describe('no race across services loses a rule', () => {
  it('never leaves an expert deployed after withdrawing consent when deployExpert races withdrawConsent (20 trials, real services on MySQL)', async () => {
    const action = await approvedAction();
    const deployedAfterWithdrawal: string[] = [];
    for (let trial = 0; trial < 20; trial += 1) {
      const expertId = await activeExpert(graph, 'Eva Berg');
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
      const seen = await ok(`query($id: ID!) { activity(id: $id) { deployments { edges { node { status expert { id } } } } } }`, { id: activityId }, officer);
      const active = seen.activity.deployments.edges.filter((e: any) => e.node.status === 'ACTIVE');
      if (active.length > 0) deployedAfterWithdrawal.push(`${trial}: ${deployed.errors ? 'refused' : 'booked'}`);
    }
    expect(deployedAfterWithdrawal).toEqual([]);
  }, 180_000);
});

const setIndicator = (actionId: string, period: string, actual: number) =>
  ok(
    `mutation($a: ID!, $p: String!, $v: Float) { setIndicator(actionId: $a, input: { name: "Officials trained", unit: "people", baseline: 0, target: 40, actual: $v, period: $p }) { id } }`,
    { a: actionId, p: period, v: actual },
    officer,
  );

describe('one Action’s story, every portfolio figure moving by exactly what was recorded', () => {
  const PORTFOLIO = `{ portfolio { actions activities participants womenParticipants policiesSupported satisfactionRate
    expertsDeployed publicOfficialsFromMemberStates memberStatesRepresented countriesSupported launchedOnTimeRate
    byYear { value actions activities participants } byActivityType { value actions activities participants } } }`;
  /** The figures once the read model has every event written so far. */
  const figures = async () => {
    await graph.settled();
    return (await ok(PORTFOLIO, {}, analyst)).portfolio;
  };
  const FIGURES = `actions activities countriesSupported launchedOnTimeRate expertsDeployed publicOfficialsFromMemberStates
    memberStatesRepresented participants womenParticipants satisfactionRate policiesSupported requests`;
  const SLICES = ['byThematicArea', 'byRegion', 'byYear', 'byCountry', 'byActivityType'].map((by) => `${by} { value ${FIGURES} }`).join(' ');
  /** Every figure of the portfolio and of each of its slices. */
  const whole = async () => {
    await graph.settled();
    return (await ok(`{ portfolio { ${FIGURES} ${SLICES} } }`, {}, analyst)).portfolio;
  };

  it('counts what was held, people served and policies once; fine-tuning (a rescheduled activity, an adopted policy, a second indicator period) moves nothing', async () => {
    const before = await figures();
    const action = await approvedAction('SN');
    const held = await planOn(action.id, TODAY);
    const ahead = await planOn(action.id, daysFromToday(20), 'INFORMATION_EXCHANGE', 'WORKSHOP');
    const [sweden, portugal] = [await activeExpert(graph, 'Eva Berg', 'SE'), await activeExpert(graph, 'Eva Berg', 'PT')];
    const deploy = (a: string, e: string) =>
      ok(`mutation($a: ID!, $e: ID!) { deployExpert(activityId: $a, expertId: $e, role: EXPERT) { id } }`, { a, e }, officer);
    await deploy(held, sweden);
    await deploy(held, portugal);
    await deploy(ahead, portugal);
    // Portugal's expert withdraws: the workshop ahead loses them, the training held keeps them as a fact.
    await ok(`mutation { withdrawConsent { status } }`, {}, { role: 'EXPERT', sub: `${portugal}@experts`, expertId: portugal });
    // Nothing is recorded for the workshop ahead: it is not held.
    const early = await graph.query<any>(
      `mutation($a: ID!) { recordParticipation(activityId: $a, input: { total: 9, women: 9, men: 0 }) { total } }`,
      { a: ahead },
      officer,
    );
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'activityId' });
    await ok(`mutation($id: ID!) { setActivityStatus(id: $id, status: HELD) { status } }`, { id: held }, officer);
    await ok(`mutation($a: ID!) { recordParticipation(activityId: $a, input: { total: 25, women: 12, men: 13 }) { total } }`, { a: held }, officer);
    const evaluate = (who: string, rating: string, as: Caller) =>
      ok(
        `mutation($a: ID!, $who: RespondentType!, $r: Rating!) { submitEvaluation(activityId: $a, input: { respondentType: $who, rating: $r }) { id } }`,
        { a: held, who, r: rating },
        as,
      );
    await evaluate('PARTNER_AUTHORITY', 'EXCELLENT', officer);
    await evaluate('PARTICIPANT', 'GOOD', officer);
    await evaluate('EXPERT', 'POOR', { role: 'EXPERT', sub: `${sweden}@experts`, expertId: sweden });
    const policy = await ok(
      `mutation($a: ID!, $on: Date!) { recordResult(actionId: $a, input: { type: POLICY, status: DRAFTED, title: "National labour migration policy", date: $on }) { id } }`,
      { a: action.id, on: TODAY },
      officer,
    );
    await setIndicator(action.id, String(Number(TODAY.slice(0, 4)) - 1), 10);

    const after = await figures();
    const year = TODAY.slice(0, 4);
    const slice = (list: any[], value: string) => list.find((s) => s.value === value) ?? { actions: 0, activities: 0, participants: 0 };
    expect({
      actions: after.actions - before.actions,
      activities: after.activities - before.activities,
      participants: after.participants - before.participants,
      womenParticipants: after.womenParticipants - before.womenParticipants,
      policiesSupported: after.policiesSupported - before.policiesSupported,
      expertsDeployed: after.expertsDeployed - before.expertsDeployed,
      publicOfficialsFromMemberStates: after.publicOfficialsFromMemberStates - before.publicOfficialsFromMemberStates,
      memberStatesRepresented: after.memberStatesRepresented - before.memberStatesRepresented,
      countriesSupported: after.countriesSupported - before.countriesSupported,
    }).toEqual({
      actions: 1,
      activities: 2,
      participants: 25,
      womenParticipants: 12,
      policiesSupported: 1,
      expertsDeployed: 2,
      publicOfficialsFromMemberStates: 2,
      memberStatesRepresented: 2,
      countriesSupported: 1,
    });
    // The graph holds no other evaluation: satisfaction is the partner authority's EXCELLENT and the
    // participant's GOOD, the expert's POOR left out; the Action launched on its first day.
    expect([before.satisfactionRate, after.satisfactionRate, after.launchedOnTimeRate]).toEqual([null, 0.5, 1]);
    const training = slice(after.byActivityType, 'TRAINING');
    expect(training.participants - slice(before.byActivityType, 'TRAINING').participants).toBe(25);
    expect(slice(after.byYear, year).participants - slice(before.byYear, year).participants).toBe(25);
    expect(slice(after.byYear, year).actions - slice(before.byYear, year).actions).toBe(1);
    const seen = await ok(`query($id: ID!) { activity(id: $id) { deployments { edges { node { status expert { id } } } } } }`, { id: ahead }, officer);
    expect(seen.activity.deployments.edges).toEqual([{ node: { status: 'CANCELLED', expert: { id: portugal } } }]);

    const settled = await whole();
    // Fine-tuning moves nothing else: the workshop rescheduled within its year, the policy adopted on
    // its own record, a second period of the indicator. Every figure, every slice, exactly as before.
    const inYear = (days: number) => daysFromToday(days).slice(0, 4) === daysFromToday(20).slice(0, 4);
    const movedTo = daysFromToday(inYear(22) ? 22 : 18);
    await ok(
      `mutation($id: ID!, $on: Date!) { updateActivity(id: $id, input: { startsOn: $on, endsOn: $on, city: "Saint-Louis", reason: "The ministry's calendar" }) { id } }`,
      { id: ahead, on: movedTo },
      officer,
    );
    await ok(
      `mutation($id: ID!, $on: Date!) { updateResult(id: $id, input: { status: ADOPTED, title: "National labour migration policy 2027-2031", date: $on }) { status } }`,
      { id: policy.recordResult.id, on: TODAY },
      officer,
    );
    await setIndicator(action.id, TODAY.slice(0, 4), 20);
    expect(await whole()).toEqual(settled);
    const story = await ok(
      `query($a: ID!, $w: ID!) { action(id: $a) { results { status } indicators { periods { period actual } } } activity(id: $w) { startsOn history { changes { field } } } }`,
      { a: action.id, w: ahead },
      analyst,
    );
    expect(story).toEqual({
      action: {
        results: [{ status: 'ADOPTED' }],
        indicators: [{ periods: [1, 0].map((back, i) => ({ period: String(Number(TODAY.slice(0, 4)) - back), actual: [10, 20][i] })) }],
      },
      activity: { startsOn: movedTo, history: [{ changes: [{ field: 'startsOn' }, { field: 'endsOn' }, { field: 'city' }] }] },
    });
  }, 120_000);
});
