const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { describe, expect, it } = require('@jest/globals');
const { buildSchema, parse, validate } = require('graphql');
const { EXPLORER, PORTFOLIO, MATCHING } = require('../workloads');

describe("the bench's queries through a gateway", () => {
  const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'packages', 'supergraph', 'api.graphql'), 'utf8'));

  it.each([
    ['explorer', EXPLORER],
    ['portfolio', PORTFOLIO],
    ['matching', MATCHING],
  ])('%s is a valid operation of the public API schema', (_, query) => {
    expect(validate(schema, parse(query)).map((error) => error.message)).toEqual([]);
  });
});
