import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse } from 'graphql';
import { ANONYMOUS, ROLES } from '@mieux/service-kit/identity';
import { budgetOf, COST_BUDGETS, KNOWN_COSTS_PER_DOCUMENT, knownQueryCost, queryCost } from '../src/cost-budget';

const ROOT = join(__dirname, '..', '..', '..');
const schema = buildSchema(readFileSync(join(ROOT, 'packages', 'supergraph', 'api.graphql'), 'utf8'));
const cost = (query: string, variables: Record<string, unknown> = {}) => queryCost(schema, parse(query), variables);

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the bench's workloads are plain JavaScript, read as the bench reads them
const bench = require(join(ROOT, 'bench', 'workloads.js')) as {
  workloads(activityIds: string[]): { name: string; query: string; variables: Record<string, unknown>[]; targets: string[] }[];
};

describe('the cost of a query', () => {
  it('counts a page given in a variable as the same page written in the document', () => {
    const page = (first: string) => `query($n: Int) { actions(first: ${first}) { edges { node { reference activities(first: ${first}) { totalCount } } } } }`;
    expect(cost(page('$n'), { n: 100 })).toBe(cost(page('100')));
    expect(cost(page('$n'), { n: 100 })).toBeGreaterThan(cost(page('$n'), { n: 10 })!);
    // Without a page, a connection answers its default page of 20.
    expect(cost(page('$n'))).toBe(cost(page('20')));
  });

  it('is unknown for variables that do not coerce: execution refuses them as bad input', () => {
    expect(cost(`query($n: Int!) { actions(first: $n) { totalCount } }`, { n: 'many' })).toBeNull();
  });

  // The README's examples are sent through the gateway by the callers they are written for: e2e/examples.test.ts.
  it('lets the bench through as it runs (signed in as ADMIN)', () => {
    for (const workload of bench.workloads(['1']).filter((w) => w.targets.includes('ours'))) {
      for (const variables of workload.variables)
        expect([workload.name, cost(workload.query, variables)! <= COST_BUDGETS.ADMIN]).toEqual([workload.name, true]);
    }
  });
});

describe('the cost of a query seen before', () => {
  const PAGE = parse(`query($n: Int) { actions(first: $n) { edges { node { reference activities { totalCount } } } } }`);

  it('is the cost computed afresh, for each set of variables and each operation, and for variables that do not coerce', () => {
    for (const n of [10, 100, 10, 100, undefined]) {
      const variables = n === undefined ? {} : { n };
      expect(knownQueryCost(schema, PAGE, variables)).toBe(queryCost(schema, PAGE, variables));
    }
    expect(knownQueryCost(schema, PAGE, { n: 100 })).toBeGreaterThan(knownQueryCost(schema, PAGE, { n: 10 })!);
    const two = parse(`query Few { actions(first: 1) { totalCount } } query Many { actions(first: 90) { totalCount } }`);
    expect(knownQueryCost(schema, two, {}, 'Few')).toBe(queryCost(schema, two, {}, 'Few'));
    expect(knownQueryCost(schema, two, {}, 'Many')).toBe(queryCost(schema, two, {}, 'Many'));
    expect(knownQueryCost(schema, two, {}, 'Many')).not.toBe(knownQueryCost(schema, two, {}, 'Few'));
    const strict = parse(`query($n: Int!) { actions(first: $n) { totalCount } }`);
    expect(knownQueryCost(schema, strict, { n: 'many' })).toBeNull();
    expect(knownQueryCost(schema, strict, { n: 'many' })).toBeNull();
  });

  it('keeps a bounded number of variable sets per document, and stays right past it', () => {
    const document = parse(`query($n: Int) { actions(first: $n) { totalCount } }`);
    for (let n = 1; n <= 3 * KNOWN_COSTS_PER_DOCUMENT; n += 1) expect(knownQueryCost(schema, document, { n })).toBe(queryCost(schema, document, { n }));
    // The first ones were forgotten and are costed again, rightly.
    expect(knownQueryCost(schema, document, { n: 1 })).toBe(queryCost(schema, document, { n: 1 }));
  });

  it('is not taken from another schema', () => {
    // A schema where `actions` is one object, not a page: the same document costs less there.
    const other = buildSchema(`type Query { actions: Page } type Page { totalCount: Int }`);
    const document = parse(`query($n: Int) { actions(first: $n) { totalCount } }`);
    expect(knownQueryCost(schema, document, { n: 5 })).toBe(queryCost(schema, document, { n: 5 }));
    expect(knownQueryCost(other, document, { n: 5 })).toBe(queryCost(other, document, { n: 5 }));
    expect(queryCost(other, document, { n: 5 })).not.toBe(queryCost(schema, document, { n: 5 }));
  });
});

describe('the budget of a caller', () => {
  it('is the largest of its roles, the anonymous one without a token, and far lower anonymous than for analysts', () => {
    expect(budgetOf(ANONYMOUS)).toEqual({ role: 'ANONYMOUS', limit: COST_BUDGETS.ANONYMOUS });
    expect(budgetOf({ sub: 'a', roles: ['EXPERT', 'ANALYST'], expertId: null })).toEqual({ role: 'ANALYST', limit: COST_BUDGETS.ANALYST });
    for (const role of ROLES) expect(COST_BUDGETS[role]).toBeGreaterThan(COST_BUDGETS.ANONYMOUS);
    expect(COST_BUDGETS.ANALYST).toBeGreaterThanOrEqual(100 * COST_BUDGETS.ANONYMOUS);
  });
});
