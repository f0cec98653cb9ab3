const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { describe, expect, it } = require('@jest/globals');
const { buildSchema, parse, validate } = require('graphql');
const { SUBGRAPH_NAMES } = require('@mieux/service-kit/registry');
const { EXPLORER, EXPLORER_EXPERTS_FETCHED, PORTFOLIO, MATCHING, DIRECT, subgraphWorkloads, workloads } = require('../workloads');

describe("the bench's queries through a gateway", () => {
  const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'packages', 'supergraph', 'api.graphql'), 'utf8'));

  it.each([
    ['explorer', EXPLORER],
    ['explorer with the experts fetched', EXPLORER_EXPERTS_FETCHED],
    ['portfolio', PORTFOLIO],
    ['matching', MATCHING],
  ])('%s is a valid operation of the public API schema', (_, query) => {
    expect(validate(schema, parse(query)).map((error) => error.message)).toEqual([]);
  });

  it('has a direct query for every subgraph of the registry, each valid against the public API schema', () => {
    expect(Object.keys(DIRECT).sort()).toEqual([...SUBGRAPH_NAMES].sort());
    for (const w of subgraphWorkloads(SUBGRAPH_NAMES, 'activity-1')) {
      expect(typeof w.query).toBe('string');
      expect([w.name, validate(schema, parse(w.query)).map((error) => error.message)]).toEqual([w.name, []]);
    }
  });

  it('compares the portfolio of both gateways with the direct-SQL baseline, as the explorer', () => {
    for (const w of workloads(['activity-1']).filter((x) => x.query === PORTFOLIO || x.query === EXPLORER)) expect(w.targets).toContain('direct SQL');
  });

  it('compares the explorer with the same page asking the experts service for a field beyond the card', () => {
    expect(EXPLORER_EXPERTS_FETCHED).not.toBe(EXPLORER);
    expect(EXPLORER_EXPERTS_FETCHED.replace(' languages', '')).toBe(EXPLORER);
  });
});
