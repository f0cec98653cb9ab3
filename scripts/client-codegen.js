#!/usr/bin/env node
// Generates a client's typed operations with GraphQL Code Generator's client preset, in its src/gql/,
// against the public contract, packages/supergraph/api.graphql. Run in the client's folder with the
// globs of its documents: `node ../../scripts/client-codegen.js 'src/**/*.{ts,tsx}'`. A document the
// contract no longer allows fails here, so a breaking change to api.graphql fails every client's build
// (the portal, the README's examples). `--schema <file>` and `--out <folder>` are for the tests.
const { parseArgs } = require('node:util');
const { join } = require('node:path');
const { generate } = require('@graphql-codegen/cli');

const API_SCHEMA = join(__dirname, '..', 'packages', 'supergraph', 'api.graphql');

async function main() {
  const { values, positionals: documents } = parseArgs({ options: { schema: { type: 'string' }, out: { type: 'string' } }, allowPositionals: true });
  if (documents.length === 0) throw new Error('usage: client-codegen.js [--schema <file>] [--out <folder>] <documents glob>...');
  const files = await generate(
    {
      schema: values.schema ?? API_SCHEMA,
      documents: [...documents, '!src/gql/**/*'],
      ignoreNoDocuments: false,
      silent: true,
      generates: {
        [values.out ?? './src/gql/']: {
          preset: 'client',
          presetConfig: { fragmentMasking: false },
          config: { useTypeImports: true, enumType: 'const', scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown' } },
        },
      },
    },
    true,
  );
  // Some failures (a preset the workspace cannot load) resolve with nothing generated instead of throwing.
  if (files.length === 0) throw new Error(`Nothing was generated in ${process.cwd()}: is @graphql-codegen/client-preset among its devDependencies?`);
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
