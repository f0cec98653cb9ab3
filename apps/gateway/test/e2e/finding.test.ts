import { daysFromToday, startGraph, type RunningGraph } from '@mieux/service-kit/testing';
import { analyst, answer, approveRequest, committee, expressionOfInterest, officer, SUBMIT } from './people';

/** Finding a request and an Action by reference, who is in charge of them and one's own lists, through the gateway on MySQL. */
let graph: RunningGraph;
beforeAll(async () => {
  graph = await startGraph();
}, 240_000);
afterAll(() => graph?.close(), 60_000);

describe('a request found by its reference', () => {
  it('finds REQ-2026-005 by requestByReference and by the search of the list, and a year by its beginning', async () => {
    for (const month of ['01', '02', '03', '04', '05']) {
      const input = expressionOfInterest(`Labour migration ${month}`, 'focal.point@employment.gov.gh', { expressionOfInterestOn: `2026-${month}-15` });
      await answer(graph, SUBMIT, { input }, officer);
    }
    expect(await answer(graph, `{ requestByReference(reference: "REQ-2026-005") { reference title } }`, {}, analyst)).toEqual({
      reference: 'REQ-2026-005',
      title: 'Labour migration 05',
    });
    const search = await answer(graph, `{ requests(first: 10, filter: { search: "REQ-2026-005" }) { totalCount edges { node { reference } } } }`, {}, officer);
    expect(search).toEqual({ totalCount: 1, edges: [{ node: { reference: 'REQ-2026-005' } }] });
    const year = await answer(graph, `{ requests(first: 10, filter: { reference: "req-2026-00" }) { totalCount } }`, {}, officer);
    expect(year.totalCount).toBe(5);
  }, 60_000);
});

describe('the project officer in charge, and their own lists', () => {
  const amina = { role: 'PROJECT_OFFICER', sub: 'amina.diallo@mieux.example.eu' } as const;
  const karim = { role: 'PROJECT_OFFICER', sub: 'karim.haddad@mieux.example.eu' } as const;
  const SAVE = `mutation($input: ProjectOfficerInput!) { saveProjectOfficer(input: $input) { id } }`;

  it("routes a request to its region's coordinator, whose Action it becomes; an officer reassigns both; each reads theirs", async () => {
    const aminaId = (await answer(graph, SAVE, { input: { signIn: amina.sub, displayName: 'Amina Diallo', coordinatorOf: 'AFRICA' } }, officer)).id;
    const karimId = (await answer(graph, SAVE, { input: { signIn: karim.sub, displayName: 'Karim Haddad' } }, officer)).id;
    const { id, reference } = await answer(graph, SUBMIT, { input: expressionOfInterest('Diaspora engagement', 'diaspora@mfa.gov.gh') });
    const READ = `query($id: ID!) { request(id: $id) { assignedOfficer { displayName coordinatorOf } history { kind reason } } }`;
    const routed = await answer(graph, READ, { id }, analyst);
    expect(routed.assignedOfficer).toEqual({ displayName: 'Amina Diallo', coordinatorOf: 'AFRICA' });
    expect(routed.history.at(-1)).toEqual({ kind: 'ASSIGNMENT', reason: 'Assigned to Amina Diallo, regional coordinator for AFRICA' });
    const MY_REQUESTS = `{ myRequests(first: 5) { edges { node { reference } } } }`;
    expect((await answer(graph, MY_REQUESTS, {}, amina)).edges).toEqual([{ node: { reference } }]);

    await approveRequest(graph, id);
    // Expressed and decided today: the only decision of the year, taken in 0 days.
    const times = await answer(graph, `{ timeToDecision { year decided medianDays minDays maxDays distribution { count } } }`, {}, committee);
    expect(times).toEqual([
      {
        year: Number(daysFromToday(0).slice(0, 4)),
        decided: 1,
        medianDays: 0,
        minDays: 0,
        maxDays: 0,
        distribution: [1, 0, 0, 0, 0].map((count) => ({ count })),
      },
    ]);
    const action = await answer(
      graph,
      `mutation($id: ID!) { createAction(input: { requestId: $id }) { id reference assignedOfficer { id displayName } } }`,
      { id },
      officer,
    );
    expect(action.assignedOfficer).toEqual({ id: aminaId, displayName: 'Amina Diallo' });
    const MY_ACTIONS = `{ myActions(first: 5) { totalCount edges { node { reference assignedOfficer { displayName } } } } }`;
    expect(await answer(graph, MY_ACTIONS, {}, amina)).toEqual({
      totalCount: 1,
      edges: [{ node: { reference: action.reference, assignedOfficer: { displayName: 'Amina Diallo' } } }],
    });

    await answer(graph, `mutation($id: ID!, $o: ID!) { assignRequest(id: $id, officerId: $o) { id } }`, { id, o: karimId }, officer);
    await answer(graph, `mutation($id: ID!, $o: ID!) { assignAction(id: $id, officerId: $o) { id } }`, { id: action.id, o: karimId }, officer);
    expect((await answer(graph, MY_REQUESTS, {}, karim)).edges).toEqual([{ node: { reference } }]);
    expect((await answer(graph, MY_ACTIONS, {}, karim)).edges).toEqual([
      { node: { reference: action.reference, assignedOfficer: { displayName: 'Karim Haddad' } } },
    ]);
    expect((await answer(graph, MY_ACTIONS, {}, amina)).totalCount).toBe(0);
    const filtered = `query($o: ID) { actions(first: 5, filter: { assignedOfficerId: $o }) { totalCount } requests(first: 5, filter: { assignedOfficerId: $o }) { totalCount } }`;
    expect((await graph.query(filtered, { o: karimId }, analyst)).data).toEqual({ actions: { totalCount: 1 }, requests: { totalCount: 1 } });
    expect(await answer(graph, `query($r: String!) { actionByReference(reference: $r) { id } }`, { r: action.reference.toLowerCase() }, analyst)).toEqual({
      id: action.id,
    });

    // The activities calendar across Actions, as the analyst reads it.
    const on = daysFromToday(40);
    const input = {
      type: 'TRAINING',
      format: 'TRAINING_OF_TRAINERS',
      title: 'Training of trainers',
      startsOn: on,
      endsOn: on,
      countryCode: 'GH',
      city: 'Accra',
    };
    await answer(graph, `mutation($a: ID!, $input: ActivityInput!) { planActivity(actionId: $a, input: $input) { id } }`, { a: action.id, input }, officer);
    const CALENDAR = `query($f: ActivityCalendarFilter!) { activities(filter: $f, first: 10) { totalCount edges { node { title startsOn action { reference } } } } }`;
    const window = { from: daysFromToday(30), to: daysFromToday(60) };
    expect(await answer(graph, CALENDAR, { f: { ...window, region: 'AFRICA' } }, analyst)).toEqual({
      totalCount: 1,
      edges: [{ node: { title: 'Training of trainers', startsOn: on, action: { reference: action.reference } } }],
    });
    expect((await answer(graph, CALENDAR, { f: { ...window, region: 'ASIA_AND_PACIFIC' } }, analyst)).totalCount).toBe(0);

    // Launched today, the day of its approval: both figures side by side, in one query through the gateway.
    const today = daysFromToday(0);
    const held = await answer(
      graph,
      `mutation($a: ID!) { planActivity(actionId: $a, input: { type: INFORMATION_EXCHANGE, format: WORKSHOP, title: "Kick-off", startsOn: "${today}", endsOn: "${today}", countryCode: "GH", city: "Accra" }) { id } }`,
      { a: action.id },
      officer,
    );
    await answer(graph, `mutation($id: ID!) { setActivityStatus(id: $id, status: HELD) { status } }`, { id: held.id }, officer);
    const figures = await graph.query(`{ timeToDecision { year decided medianDays } timeToLaunch { year launched medianDays minDays maxDays } }`, {}, analyst);
    expect(figures).toMatchObject({
      errors: undefined,
      data: {
        timeToDecision: [{ year: Number(today.slice(0, 4)), decided: 1, medianDays: 0 }],
        timeToLaunch: [{ year: Number(today.slice(0, 4)), launched: 1, medianDays: 0, minDays: 0, maxDays: 0 }],
      },
    });
  }, 90_000);
});
