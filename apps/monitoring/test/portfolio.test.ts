import { countStatements } from '@mieux/service-kit/testing';
import { EVALUATE, PARTICIPATION, anonymous, officer, startActionsStub, startMonitoring, type Actions, type Subgraph } from './fixtures';

let actions: Actions;
let subgraph: Subgraph;

/**
 * By hand: a1 (action A) 10 women + 15 men; a2 (action A) 5 + 5 + 2 undisclosed; a3 (action B) 8 + 2.
 * Ratings: a1 EXCELLENT, GOOD; a2 VERY_GOOD; a3 POOR. Results: A a policy and a manual, B a strategy.
 */
beforeAll(async () => {
  actions = await startActionsStub();
  subgraph = await startMonitoring(actions);
  actions.actions.add('A');
  actions.actions.add('B');
  for (const [id, action] of [['a1', 'A'], ['a2', 'A'], ['a3', 'B']]) actions.activities.set(id, { status: 'HELD', actionId: action, experts: [] });
  for (const [activityId, women, men, undisclosed] of [['a1', 10, 15, 0], ['a2', 5, 5, 2], ['a3', 8, 2, 0]] as const) {
    await subgraph.execute(PARTICIPATION, { activityId, input: { total: women + men + undisclosed, women, men, undisclosed } }, officer);
  }
  for (const [activityId, rating] of [['a1', 'EXCELLENT'], ['a1', 'GOOD'], ['a2', 'VERY_GOOD'], ['a3', 'POOR']]) {
    await subgraph.execute(EVALUATE, { activityId, input: { respondentType: 'PARTNER_AUTHORITY', rating } }, officer);
  }
  for (const [actionId, type] of [['A', 'POLICY'], ['A', 'MANUAL'], ['B', 'STRATEGY']]) {
    await subgraph.execute(`mutation($a: ID!, $t: ResultType!) { recordResult(actionId: $a, input: { type: $t, status: ADOPTED, title: "r", date: "2020-01-01" }) { id } }`, { a: actionId, t: type }, officer);
  }
});
afterAll(async () => {
  await subgraph?.close();
  await actions?.stub.close();
});

describe('portfolio figures', () => {
  it('adds up participants, women, satisfaction and policies over the sets, for anyone, in one statement per kind', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on Portfolio { participants womenParticipants satisfactionRate policiesSupported }
      ... on PortfolioSlice { participants womenParticipants satisfactionRate policiesSupported } } }`;
    const r = [
      { __typename: 'Portfolio', key: 'all', activityIds: ['a1', 'a2', 'a3'], actionIds: ['A', 'B'] },
      { __typename: 'PortfolioSlice', id: 'all|YEAR|2016', activityIds: ['a1', 'a2'], actionIds: ['A'] },
      { __typename: 'PortfolioSlice', id: 'all|YEAR|2017', activityIds: ['a3'], actionIds: ['B'] },
      { __typename: 'PortfolioSlice', id: 'all|YEAR|2018', activityIds: [], actionIds: [] },
    ];
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
  });
});
