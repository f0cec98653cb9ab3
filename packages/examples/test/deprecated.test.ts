import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, NoDeprecatedCustomRule, parse, validate } from 'graphql';
import { readExamples } from '../src/examples';

const API = buildSchema(readFileSync(join(__dirname, '..', '..', 'supergraph', 'api.graphql'), 'utf8'));

describe('the examples', () => {
  it.each(readExamples().map((e) => [e.name, e.text]))('%s reads no deprecated field or value: a client copies what it is shown', (_name, text) => {
    expect(validate(API, parse(text), [NoDeprecatedCustomRule]).map((e) => e.message)).toEqual([]);
  });

  it('would name a deprecated field', () => {
    const errors = validate(API, parse('{ actions(first: 1) { edges { node { indicators { target } } } } }'), [NoDeprecatedCustomRule]);
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/Indicator\.target is deprecated/)]);
  });
});
