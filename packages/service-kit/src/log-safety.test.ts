import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isInputObjectType, isObjectType } from 'graphql';
import { PERSONAL_FIELDS } from './log-safety';

/** Fields of the public schema whose names say they may be about a person. */
const LOOKS_PERSONAL = /name|mail|phone|cv|contact|address|nationality|birth|reason|rationale|comment|^by$|^sub$/i;

/** Such fields that are not personal data, and why. */
const NOT_PERSONAL: Record<string, string> = {
  name: "institutions', countries', indicators' and labels' names; a person's is fullName, displayName or under contact",
  reason: 'a transition or a refusal code explained by the project, not about a person',
  reasons: 'eligibility reasons, written by the rules',
  rationale: "a project officer's reason for an eligibility decision about a request",
};

describe('the personal fields logs censor', () => {
  it('cover every field of the public schema whose name says it may be about a person, unless it is listed as not personal', () => {
    const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'supergraph', 'api.graphql'), 'utf8'));
    const fields = new Set<string>();
    for (const type of Object.values(schema.getTypeMap())) {
      if ((isObjectType(type) || isInputObjectType(type)) && !type.name.startsWith('__')) {
        for (const field of Object.keys(type.getFields())) if (LOOKS_PERSONAL.test(field)) fields.add(field);
      }
    }
    expect(fields.size).toBeGreaterThan(10);
    const uncovered = [...fields].filter((field) => !(PERSONAL_FIELDS as readonly string[]).includes(field) && !NOT_PERSONAL[field]);
    expect(uncovered).toEqual([]);
  });
});
