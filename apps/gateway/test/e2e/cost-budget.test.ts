import { analyst, startGraph, type RunningGraph } from '@mieux/service-kit/testing';
import { COST_BUDGETS } from '../../src/cost-budget';

/** The cost budget of each role, through the real gateway in front of the four real subgraphs. */
let graph: RunningGraph;
beforeAll(async () => {
  graph = await startGraph();
}, 240_000);
afterAll(async () => {
  await graph?.close();
}, 60_000);

/** A whole portfolio: every figure and every slice. */
const WHOLE = `portfolio {
  actions activities participants womenParticipants policiesSupported expertsDeployed publicOfficialsFromMemberStates
  memberStatesRepresented satisfactionRate launchedOnTimeRate requests
  byThematicArea { value label(lang: EN) actions participants expertsDeployed requests }
  byRegion { value actions participants } byYear { value actions participants }
  byCountry { value actions participants } byActivityType { value actions participants } }`;
const FIFTEEN_PORTFOLIOS = `{ ${Array.from({ length: 15 }, (_, i) => `p${i}: ${WHOLE}`).join('\n')} }`;

/** Actions, their activities and their deployments: three lists, each a page of `n`. */
const nested = (n: string) =>
  `query Nested${n === '$n' ? '($n: Int!)' : ''} { actions(first: ${n}) { edges { node { reference
    activities(first: ${n}) { edges { node { title deployments(first: ${n}) { edges { node { role } } } } } } } } } }`;

describe('cost budgets per role', () => {
  it('refuses 15 aliased whole portfolios to an anonymous caller, naming the code, the cost and the limit, before any subgraph works', async () => {
    const { status, data, errors } = await graph.query(FIFTEEN_PORTFOLIOS);
    expect(status).toBe(200);
    expect(data).toBeUndefined();
    expect(errors).toHaveLength(1);
    expect(errors?.[0].extensions).toEqual({ code: 'COST_LIMIT_EXCEEDED', cost: expect.any(Number), limit: COST_BUDGETS.ANONYMOUS, role: 'ANONYMOUS' });
    expect(errors?.[0].extensions?.cost).toBeGreaterThan(COST_BUDGETS.ANONYMOUS);
    expect(errors?.[0].message).toMatch(/^The query costs \d+, over the limit of 1500 without signing in/);
  });

  it('answers one whole portfolio to an anonymous caller, and the 15 to an analyst, within budget', async () => {
    const one = await graph.query(`{ ${WHOLE} }`);
    expect(one.errors).toBeUndefined();
    expect(one.data?.portfolio.actions).toBe(0);
    const fifteen = await graph.query(FIFTEEN_PORTFOLIOS, {}, analyst);
    expect(fifteen.errors).toBeUndefined();
    expect(Object.keys(fifteen.data ?? {})).toHaveLength(15);
  });

  it('counts `first: $n` as it counts the literal: n = 100 costs what `first: 100` costs', async () => {
    const literal = await graph.query(nested('100'), {}, analyst);
    const variable = await graph.query(nested('$n'), { n: 100 }, analyst);
    expect(literal.errors?.[0].extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED', limit: COST_BUDGETS.ANALYST, role: 'ANALYST' });
    expect(variable.errors?.[0].extensions).toEqual(literal.errors?.[0].extensions);
    expect(variable.errors?.[0].extensions?.cost).toBeGreaterThan(COST_BUDGETS.ANALYST);
    // The same document with a small page is answered.
    const small = await graph.query(nested('$n'), { n: 5 }, analyst);
    expect(small.errors).toBeUndefined();
    expect(small.data?.actions.edges).toEqual([]);
  });

  it('counts a connection asked without `first` as a page of the default size', async () => {
    const withoutFirst = `{ ${Array.from({ length: 10 }, (_, i) => `a${i}: actions { edges { node { reference title status } } }`).join(' ')} }`;
    const { errors } = await graph.query(withoutFirst);
    expect(errors?.[0].extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED', limit: COST_BUDGETS.ANONYMOUS });
  });
});
