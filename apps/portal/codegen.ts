import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed operations against the graph's public contract: a breaking change to it fails the portal's build. */
const config: CodegenConfig = {
  schema: '../../packages/supergraph/api.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumType: 'const', scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown' } },
    },
  },
};

export default config;
