import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isObjectType, Kind, parse, type DocumentNode } from 'graphql';
import { API_SCHEMA_FILE } from './api-schema';

const APPS = join(__dirname, '..', '..', '..', 'apps');
const SUBGRAPHS = ['actions', 'experts', 'monitoring', 'portfolio', 'requests'];
const ROOTS = ['Query', 'Mutation'];

/** The Query and Mutation fields a subgraph's schema declares (as a type or an extension). */
function rootFieldsOf(document: DocumentNode): string[] {
  return document.definitions.flatMap((d) =>
    (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION) && ROOTS.includes(d.name.value)
      ? (d.fields ?? []).map((f) => f.name.value)
      : [],
  );
}

/** The text of a service's test files (its fixtures hold the operations several tests share). */
function testsOf(service: string): { file: string; text: string }[] {
  const dir = join(APPS, service, 'test');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
}

/** A field named in an operation: followed by its arguments, its selection or the selection's end. */
const namedIn = (field: string, text: string) => new RegExp(`\\b${field}\\b\\s*[({}]`).test(text);

describe("every root field of the client-facing graph is exercised by its owner's tests", () => {
  const owners = SUBGRAPHS.map((service) => ({
    service,
    fields: rootFieldsOf(parse(readFileSync(join(APPS, service, 'src', 'schema.graphql'), 'utf8'))),
    tests: testsOf(service),
  }));

  it('each root field of api.graphql has an owner among the subgraphs', () => {
    const api = buildSchema(readFileSync(API_SCHEMA_FILE, 'utf8'));
    const rootFields = ROOTS.flatMap((root) => {
      const type = api.getType(root);
      return isObjectType(type) ? Object.keys(type.getFields()) : [];
    });
    const owned = new Set(owners.flatMap((o) => o.fields));
    expect(rootFields.filter((field) => !owned.has(field))).toEqual([]);
    expect(rootFields.length).toBeGreaterThan(30);
  });

  it.each(SUBGRAPHS)('%s: each Query and Mutation field is named in an operation of its tests', (service) => {
    const { fields, tests } = owners.find((o) => o.service === service)!;
    expect(fields.filter((field) => !tests.some((t) => namedIn(field, t.text)))).toEqual([]);
  });
});
