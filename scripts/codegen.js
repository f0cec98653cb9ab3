#!/usr/bin/env node
// Generates a subgraph's typed resolver map from its schema.graphql (run in the app's folder).
// `--check` fails instead of writing when the committed file differs: the schema and the types
// it promises to resolvers cannot drift apart.
const { readFileSync, writeFileSync, mkdirSync, existsSync } = require('node:fs');
const { join, dirname } = require('node:path');
const { generate } = require('@graphql-codegen/cli');

const FEDERATION_DIRECTIVES = `
directive @link(url: String!, import: [String]) repeatable on SCHEMA
directive @key(fields: String!, resolvable: Boolean = true) repeatable on OBJECT | INTERFACE
directive @external on FIELD_DEFINITION | OBJECT
directive @requires(fields: String!) on FIELD_DEFINITION
directive @provides(fields: String!) on FIELD_DEFINITION
directive @shareable repeatable on OBJECT | FIELD_DEFINITION
directive @inaccessible on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION
directive @override(from: String!) on FIELD_DEFINITION
directive @tag(name: String!) repeatable on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION
`;

async function main() {
  const check = process.argv.includes('--check');
  const app = process.cwd();
  const target = join(app, 'src', 'generated', 'resolvers-types.ts');
  const schema = readFileSync(join(app, 'src', 'schema.graphql'), 'utf8') + FEDERATION_DIRECTIVES;
  const [output] = await generate(
    {
      schema,
      silent: true,
      generates: {
        [target]: {
          plugins: [{ add: { content: '/* Generated from schema.graphql by scripts/codegen.js: do not edit. */' } }, 'typescript', 'typescript-resolvers'],
          config: {
            federation: true,
            useTypeImports: true,
            contextType: '../context#ServiceContext',
            useIndexSignature: true,
            enumsAsTypes: true,
            avoidOptionals: { field: true },
            scalars: { Date: 'string', DateTime: 'string | Date', EmailAddress: 'string', JSON: 'unknown' },
            mappers: readMappers(app),
          },
        },
      },
    },
    false,
  );
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (check) {
    if (current !== output.content) {
      console.error(`${target} is stale: run \`npm run codegen\` in ${app} and commit the result.`);
      process.exit(1);
    }
    return;
  }
  if (current !== output.content) {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, output.content);
  }
}

// A service may map schema types to the plain objects its resolvers return (src/codegen-mappers.json).
function readMappers(app) {
  const file = join(app, 'src', 'codegen-mappers.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
