import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Values for every argument of a mutation, read from the schema: mostly well-formed values (so calls
 * reach the rules and the database), mixed with what an attacker sends: text far over any column,
 * NUL bytes, lone surrogates, four-byte characters, huge lists, extreme numbers, dates at the ends
 * of the calendar, ids that exist and ids that do not.
 */
export interface Pools {
  /** Ids that exist, by the argument name they fit (`id`, `actionId`, `activityId`, `expertId`, ...). */
  ids: Record<string, string[]>;
}

/** Well-formed strings by field name, so many calls pass the edge and reach the database. */
const KNOWN: Record<string, string[]> = {
  countryCode: ['SN', 'GH', 'MA', 'ECOWAS', 'sn'],
  nationality: ['HR', 'FR', 'SN'],
  memberState: ['HR', 'FR', 'de'],
  email: ['ana.novak@mup.hr', 'awa.diop@interieur.gouv.sn'],
  subTopics: ['LABOUR_MIGRATION', 'BORDER_AND_VISA_MANAGEMENT'],
  languages: ['en', 'fr', 'pt'],
  countriesOfExperience: ['SN', 'MA'],
  privacyNoticeVersion: ['2018.1'],
  letterReference: ['MI/2026/17'],
};

const huge = fc.integer({ min: 255, max: 70_000 }).map((n) => 'x'.repeat(n));
const malformed = fc.oneof(
  huge,
  fc.constantFrom('', '   ', 'a\u0000b', '\uD800', 'tail\uDC00', "'; DROP TABLE request; --", '\u202Eevil', '%s%n', '[1e400,"x"]'),
  fc.integer({ min: 50, max: 20_000 }).map((n) => '😀'.repeat(n)),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 64 }),
);

function stringFor(name: string, pools: Pools, small: boolean): fc.Arbitrary<string> {
  const known = KNOWN[name] ?? pools.ids[name];
  const plain = known ? fc.constantFrom(...known) : fc.string({ minLength: 1, maxLength: 40 });
  return small ? plain : fc.oneof({ weight: 6, arbitrary: plain }, { weight: 1, arbitrary: malformed });
}

const INT_EDGES = [0, -1, 1, 2, 7, 2 ** 31 - 1, -(2 ** 31)];
const DATE = fc.oneof(
  fc.constantFrom('2026-03-01', '2027-06-10', '2028-01-31', '0001-01-01', '1000-01-01', '9999-12-31', '2009-01-01'),
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

function scalar(typeName: string, name: string, pools: Pools, small: boolean): fc.Arbitrary<unknown> {
  switch (typeName) {
    case 'Int':
      return fc.oneof(fc.constantFrom(...INT_EDGES), fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }));
    case 'Float':
      return fc.oneof(fc.constantFrom(0, 1.5, -1e308, 1e308, 5e-324), fc.double({ noNaN: true, noDefaultInfinity: true }));
    case 'Boolean':
      return fc.boolean();
    case 'ID': {
      const known = pools.ids[name] ?? pools.ids.id ?? [];
      const id = known.length ? fc.constantFrom(...known) : fc.uuid();
      return small ? id : fc.oneof({ weight: 8, arbitrary: id }, { weight: 1, arbitrary: malformed });
    }
    case 'Date':
      return small ? DATE : fc.oneof({ weight: 8, arbitrary: DATE }, { weight: 1, arbitrary: malformed });
    case 'DateTime':
      return DATE.map((d) => `${d}T10:00:00Z`);
    case 'JSON':
      return fc.jsonValue({ maxDepth: 3 });
    default:
      return stringFor(name, pools, small);
  }
}

/**
 * A value of an input type; `name` is the field or argument it goes to. A `small` value (an item of
 * a huge list) is well-formed and short, so a request stays within the gateway's body limit.
 */
export function valueOf(type: GraphQLInputType, name: string, pools: Pools, small = false): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueOf(type.ofType, name, pools, small);
  if (isListType(type)) {
    const item = valueOf(type.ofType, name, pools, small);
    if (small) return fc.array(item, { minLength: 1, maxLength: 2 });
    // Mostly short lists; now and then thousands of copies of one short item.
    const many = fc.tuple(valueOf(type.ofType, name, pools, true), fc.integer({ min: 100, max: 6_000 })).map(([one, n]) => Array<unknown>(n).fill(one));
    return fc.oneof(
      { weight: 12, arbitrary: fc.array(item, { minLength: 1, maxLength: 4 }) },
      { weight: 1, arbitrary: fc.constant([]) },
      { weight: 1, arbitrary: many },
    );
  }
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
  if (isScalarType(type)) return scalar(type.name, name, pools, small);
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const field of fields) record[field.name] = fieldValue(field.type, field.name, pools, small);
    const required = fields.filter((f) => isNonNullType(f.type)).map((f) => f.name);
    return fc.record(record, { requiredKeys: required });
  }
  throw new Error(`no values for ${String(type)}`);
}

/** A nullable field or argument is sometimes null. */
function fieldValue(type: GraphQLInputType, name: string, pools: Pools, small: boolean): fc.Arbitrary<unknown> {
  const value = valueOf(type, name, pools, small);
  return isNonNullType(type) || small ? value : fc.oneof({ weight: 6, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) });
}

export interface MutationCall {
  mutation: string;
  query: string;
  variables: Record<string, unknown>;
}

/** The call of one mutation with generated arguments, passed as variables (the types are the schema's). */
export function callsOf(field: GraphQLField<unknown, unknown>, pools: Pools): fc.Arbitrary<MutationCall> {
  const args: readonly GraphQLArgument[] = field.args;
  const declarations = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const passing = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isScalarType(getNamedType(field.type)) ? '' : ' { __typename }';
  const query = `mutation${declarations ? `(${declarations})` : ''} { ${field.name}${passing ? `(${passing})` : ''}${selection} }`;
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const arg of args) record[arg.name] = fieldValue(arg.type, arg.name, pools, false);
  return fc
    .record(record, { requiredKeys: args.filter((a) => isNonNullType(a.type)).map((a) => a.name) })
    .map((variables) => ({ mutation: field.name, query, variables }));
}

/** Every mutation of the graph, as the client-facing schema declares them: a new mutation is fuzzed without a word here. */
export function mutationsOf(schema: GraphQLSchema): GraphQLField<unknown, unknown>[] {
  return Object.values(schema.getMutationType()?.getFields() ?? {});
}
