// @ts-check
// Lint for the whole house (`npm run lint`, run by `npm test` before the suites): typescript-eslint
// with type information, import rules, and Prettier's formatting left to Prettier.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/coverage/**',
      '**/node_modules/**',
      '**/generated/**',
      'apps/portal/src/gql/**',
      'packages/examples/src/gql/**',
      '.tools/**',
      'reports/**',
      '**/.stryker-tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  importX.flatConfigs.recommended,
  importX.flatConfigs.typescript,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs', '*.cjs', 'scripts/*.js', 'scripts/lib/*.js', 'bench/*.js', 'apps/*/bench/*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    settings: { 'import-x/resolver': { typescript: true, node: true } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: true }],
      'import-x/no-duplicates': 'error',
      'import-x/no-cycle': 'off', // dependency-cruiser's no-circular holds this, faster
      'import-x/no-named-as-default-member': 'off',
      'import-x/default': 'off', // TypeScript checks default imports (esModuleInterop)
      eqeqeq: ['error', 'smart'],
      // Apollo's plugin hooks and GraphQL resolvers are async by contract, whether or not they await.
      '@typescript-eslint/require-await': 'off',
      // Dependencies are passed as interfaces whose methods never use `this` (DemoSeedDeps.progress, …).
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // Tests talk to real services and read untyped JSON answers: the unsafe-any family would only add casts.
    files: ['**/test/**/*.ts', '**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/unbound-method': 'off', // expect(object.method) is how Jest names a mock
    },
  },
  {
    // Plain JavaScript scripts use CommonJS; their types are checked by `// @ts-check` (tsc), not here.
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
