const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { describe, expect, it } = require('@jest/globals');
const { buildSchema, parse, validate } = require('graphql');
const { EXPLORER, EXPLORER_EXPERTS_FETCHED, PORTFOLIO, MATCHING } = require('../workloads');

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

  it('compares the explorer with the same page asking the experts service for a field beyond the card', () => {
    expect(EXPLORER_EXPERTS_FETCHED).not.toBe(EXPLORER);
    expect(EXPLORER_EXPERTS_FETCHED.replace(' languages', '')).toBe(EXPLORER);
  });
});
