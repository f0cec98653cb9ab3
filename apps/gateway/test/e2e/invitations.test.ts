import { daysFromToday, startGraph, type Caller, type RunningGraph } from '@mieux/service-kit/testing';
import { activeExpert, answer, approveRequest, expressionOfInterest, officer, SUBMIT } from './people';

/**
 * An expert's mobilisation through the real gateway on MySQL: the project officer invites, the expert
 * signed in with an EXPERT token reads the invitation and accepts, and only then is the expert deployed.
 */
let graph: RunningGraph;
beforeAll(async () => {
  graph = await startGraph();
}, 240_000);
afterAll(() => graph?.close(), 60_000);

const ok = <T = any>(query: string, variables: Record<string, unknown> = {}, as: Caller | null = null) => answer<T>(graph, query, variables, as);
const TOR = 'Present the experience of a one-stop shop for returning migrants; two sessions and a short report.';
const INVITE = `mutation($a: ID!, $e: ID!, $tor: String!) { inviteExpert(activityId: $a, expertId: $e, role: LEAD_EXPERT, termsOfReference: $tor) { id status } }`;
const DEPLOYMENTS = `query($id: ID!) { activity(id: $id) { deployments { edges { node { status role expert { id } invitation { id status } } } } } }`;

const FIGURES = `{ portfolio { invitationsSent invitationsAnswered invitationsAccepted medianDaysToAcceptance expertsDeployed } }`;
type Figures = {
  invitationsSent: number;
  invitationsAnswered: number;
  invitationsAccepted: number;
  medianDaysToAcceptance: number | null;
  expertsDeployed: number;
};

/** The portfolio's figures once the read model has taken in every event written before. */
async function figuresNow(): Promise<Figures> {
  await graph.settled();
  return ok<Figures>(FIGURES);
}

describe("an expert's invitation, answered", () => {
  let expert: Caller;
  let expertId: string;
  let activities: string[];

  beforeAll(async () => {
    const request = await ok(SUBMIT, { input: expressionOfInterest('Reintegration of returning migrants', 'returns@employment.gov.gh') });
    await approveRequest(graph, request.id);
    const action = await ok(`mutation($id: ID!) { createAction(input: { requestId: $id }) { activityDrafts { id } } }`, { id: request.id }, officer);
    activities = [];
    for (const [draft, day] of action.activityDrafts.map((d: { id: string }, i: number) => [d.id, 20 + i] as const)) {
      const scheduled = await ok(
        `mutation($d: ID!, $from: Date!, $to: Date!) { scheduleActivityDraft(draftId: $d, input: { format: TRAINING_OF_TRAINERS, startsOn: $from, endsOn: $to, countryCode: "GH", city: "Accra" }) { id } }`,
        { d: draft, from: daysFromToday(day), to: daysFromToday(day + 1) },
        officer,
      );
      activities.push(scheduled.id);
    }
    expertId = await activeExpert(graph, 'Ines Duarte', 'PT');
    expert = { role: 'EXPERT', sub: `${expertId}@experts`, expertId };
  });

  it('the officer invites; the dates are held; the expert reads it and accepts; the deployment is ACTIVE', async () => {
    const invitation = await ok(INVITE, { a: activities[0], e: expertId, tor: TOR }, officer);
    expect(invitation.status).toBe('INVITED');
    // The second training overlaps by a day: the invitation holds the expert's dates.
    const held = await graph.query<any>(INVITE, { a: activities[1], e: expertId, tor: TOR }, officer);
    expect(held.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', invitationId: invitation.id });
    // Not deployed before the answer.
    expect((await ok(DEPLOYMENTS, { id: activities[0] }, officer)).deployments.edges).toEqual([]);

    const mine = await ok(
      `query { myInvitations { edges { node { id status role termsOfReference activity { startsOn endsOn city country { code } } } } } }`,
      {},
      expert,
    );
    expect(mine.edges.map((e: any) => e.node)).toEqual([
      {
        id: invitation.id,
        status: 'INVITED',
        role: 'LEAD_EXPERT',
        termsOfReference: TOR,
        activity: { startsOn: daysFromToday(20), endsOn: daysFromToday(21), city: 'Accra', country: { code: 'GH' } },
      },
    ]);
    // Nobody else answers for the expert.
    const intruder = await graph.query<any>(`mutation($id: ID!) { respondToInvitation(id: $id, accept: true) { status } }`, { id: invitation.id }, officer);
    expect(intruder.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // The portfolio counts the invitation sent, not yet answered.
    const before = await figuresNow();
    expect(before).toEqual({ invitationsSent: 1, invitationsAnswered: 0, invitationsAccepted: 0, medianDaysToAcceptance: null, expertsDeployed: 0 });

    const accepted = await ok(
      `mutation($id: ID!) { respondToInvitation(id: $id, accept: true) { status deployment { status role } } }`,
      { id: invitation.id },
      expert,
    );
    expect(accepted).toEqual({ status: 'ACCEPTED', deployment: { status: 'ACTIVE', role: 'LEAD_EXPERT' } });
    // Accepted: answered, accepted and the experts deployed move by exactly one, accepted the same day.
    const after = await figuresNow();
    expect(after).toEqual({ invitationsSent: 1, invitationsAnswered: 1, invitationsAccepted: 1, medianDaysToAcceptance: 0, expertsDeployed: 1 });
    expect((await ok(DEPLOYMENTS, { id: activities[0] }, officer)).deployments.edges).toEqual([
      { node: { status: 'ACTIVE', role: 'LEAD_EXPERT', expert: { id: expertId }, invitation: { id: invitation.id, status: 'ACCEPTED' } } },
    ]);
    const officerView = await ok(
      `query($id: ID!) { activity(id: $id) { invitations { edges { node { status expert { id } } } } } }`,
      { id: activities[0] },
      officer,
    );
    expect(officerView.invitations.edges).toEqual([{ node: { status: 'ACCEPTED', expert: { id: expertId } } }]);
  });

  it('a declined invitation frees the dates; a second answer is refused, naming where it stands', async () => {
    // The second training overlaps the accepted one by a day: the dates are the deployment's now.
    expect((await graph.query<any>(INVITE, { a: activities[1], e: expertId, tor: TOR }, officer)).errors?.[0].extensions?.code).toBe('CONFLICT');
    const other = await activeExpert(graph, 'Jonas Weber', 'DE');
    const invitation = await ok(INVITE, { a: activities[1], e: other, tor: TOR }, officer);
    const as = { role: 'EXPERT', sub: `${other}@experts`, expertId: other } as Caller;
    const declined = await ok(
      `mutation($id: ID!) { respondToInvitation(id: $id, accept: false, reason: "On mission abroad") { status reason } }`,
      { id: invitation.id },
      as,
    );
    expect(declined).toEqual({ status: 'DECLINED', reason: 'On mission abroad' });
    const again = await graph.query<any>(`mutation($id: ID!) { respondToInvitation(id: $id, accept: true) { status } }`, { id: invitation.id }, as);
    expect(again.errors?.[0]).toMatchObject({
      message: 'Invitation is DECLINED; it is final, not ACCEPTED',
      extensions: { code: 'CONFLICT', currentStatus: 'DECLINED' },
    });
    expect((await ok(INVITE, { a: activities[1], e: other, tor: TOR }, officer)).status).toBe('INVITED');
  });
});
