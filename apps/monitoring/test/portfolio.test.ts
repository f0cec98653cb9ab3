import { countStatements, identityOf, withSignedIdSets } from '@mieux/service-kit/testing';
import { EVALUATE, PARTICIPATION, anonymous, officer, startActions, startMonitoring, type Actions, type Subgraph } from './fixtures';

let actions: Actions;
let subgraph: Subgraph;

/**
 * By hand: a1 (action A) 10 women + 15 men; a2 (action A) 5 + 5 + 2 undisclosed; a3 (action B) 8 + 2.
 * Ratings of partner authorities: a1 EXCELLENT, GOOD; a2 VERY_GOOD; a3 POOR; the experts deployed rate
 * a1 and a3 EXCELLENT, which satisfaction leaves out. Results: A a policy and a manual, B a strategy.
 */
let ids: Record<string, string>;
beforeAll(async () => {
  actions = await startActions();
  subgraph = await startMonitoring(actions);
  const [[A, [a1, a2]], [B, [a3]]] = [...actions.heldByAction];
  ids = { A, B, a1: a1.id, a2: a2.id, a3: a3.id };
  const experts = { a1: a1.experts[0], a3: a3.experts[0] };
  const setup: { errors?: unknown }[] = [];
  for (const [activityId, women, men, undisclosed] of [
    ['a1', 10, 15, 0],
    ['a2', 5, 5, 2],
    ['a3', 8, 2, 0],
  ] as const) {
    setup.push(
      await subgraph.execute(PARTICIPATION, { activityId: ids[activityId], input: { total: women + men + undisclosed, women, men, undisclosed } }, officer),
    );
  }
  for (const [activityId, rating] of [
    ['a1', 'EXCELLENT'],
    ['a1', 'GOOD'],
    ['a2', 'VERY_GOOD'],
    ['a3', 'POOR'],
  ]) {
    setup.push(await subgraph.execute(EVALUATE, { activityId: ids[activityId], input: { respondentType: 'PARTNER_AUTHORITY', rating } }, officer));
  }
  for (const activityId of ['a1', 'a3'] as const) {
    const expert = identityOf('EXPERT', { expertId: experts[activityId] });
    setup.push(await subgraph.execute(EVALUATE, { activityId: ids[activityId], input: { respondentType: 'EXPERT', rating: 'EXCELLENT' } }, expert));
  }
  for (const [actionId, type] of [
    ['A', 'POLICY'],
    ['A', 'MANUAL'],
    ['B', 'STRATEGY'],
  ]) {
    setup.push(
      await subgraph.execute(
        `mutation($a: ID!, $t: ResultType!) { recordResult(actionId: $a, input: { type: $t, status: ADOPTED, title: "r", date: "2020-01-01" }) { id } }`,
        { a: ids[actionId], t: type },
        officer,
      ),
    );
  }
  if (setup.some((r) => r.errors)) throw new Error(JSON.stringify(setup.map((r) => r.errors)));
}, 60_000);
afterAll(async () => {
  await subgraph?.close();
  await actions?.service.close();
});

describe('portfolio figures', () => {
  it('adds up participants, women, satisfaction and policies over the sets, for anyone, in one statement per kind', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on Portfolio { participants womenParticipants satisfactionRate policiesSupported }
      ... on PortfolioSlice { participants womenParticipants satisfactionRate policiesSupported } } }`;
    const r = [
      { __typename: 'Portfolio', key: 'all', activityIds: [ids.a1, ids.a2, ids.a3], actionIds: [ids.A, ids.B] },
      { __typename: 'PortfolioSlice', id: 'all|YEAR|2016', activityIds: [ids.a1, ids.a2], actionIds: [ids.A] },
      { __typename: 'PortfolioSlice', id: 'all|YEAR|2017', activityIds: [ids.a3], actionIds: [ids.B] },
      { __typename: 'PortfolioSlice', id: 'all|YEAR|2018', activityIds: [], actionIds: [] },
    ].map((set) => withSignedIdSets(set, subgraph.config.subgraphSecret));
    let result: any;
    const statements = await countStatements(subgraph.database, async () => {
      result = await subgraph.execute(query, { r }, anonymous);
    });
    expect(result.data._entities).toEqual([
      { participants: 47, womenParticipants: 23, satisfactionRate: 0.5, policiesSupported: 2 },
      { participants: 37, womenParticipants: 15, satisfactionRate: 2 / 3, policiesSupported: 1 },
      { participants: 10, womenParticipants: 8, satisfactionRate: 0, policiesSupported: 1 },
      { participants: 0, womenParticipants: 0, satisfactionRate: null, policiesSupported: 0 },
    ]);
    expect(statements).toBe(3);
    const summary = `query($id: ID!) { evaluationSummary(activityId: $id) { count satisfactionRate byRespondentType { respondentType count satisfactionRate } } }`;
    expect((await subgraph.execute<any>(summary, { id: ids.a3 }, anonymous)).data.evaluationSummary).toEqual({
      count: 2,
      satisfactionRate: 0,
      byRespondentType: [
        { respondentType: 'PARTICIPANT', count: 0, satisfactionRate: null },
        { respondentType: 'PARTNER_AUTHORITY', count: 1, satisfactionRate: 0 },
        { respondentType: 'EXPERT', count: 1, satisfactionRate: 1 },
      ],
    });
  });

  it('answers zeros and no rate, without any SQL, for a portfolio with no activities or Actions', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Portfolio { participants womenParticipants satisfactionRate policiesSupported } } }`;
    let result: any;
    const statements = await countStatements(subgraph.database, async () => {
      result = await subgraph.execute(
        query,
        {
          r: [
            { __typename: 'Portfolio', key: 'region=ASIA_AND_PACIFIC' },
            withSignedIdSets({ __typename: 'Portfolio', key: 'all', activityIds: [], actionIds: [] }, subgraph.config.subgraphSecret),
          ],
        },
        anonymous,
      );
    });
    expect(result.data._entities).toEqual(Array(2).fill({ participants: 0, womenParticipants: 0, satisfactionRate: null, policiesSupported: 0 }));
    expect(statements).toBe(0);
  });
});
