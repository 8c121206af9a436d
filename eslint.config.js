import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/src/generated/**',
      // Written by @graphql-codegen (npm run codegen -w @pyairtable/tenant-dashboard).
      'apps/tenant-dashboard/src/lib/graphql/generated/**',
      'apps/admin-portal/src/lib/generated/**',
      'apps/admin-portal/test-artifacts/**',
      '**/dist/**',
      '**/.next/**',
      '.data/**',
      '**/*.d.ts',
      'apps/tenant-dashboard/test-artifacts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Tests, their helpers and benchmarks read loosely typed GraphQL responses.
    files: ['**/test/**/*.ts', '**/bench/**/*.ts', 'packages/testing/src/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Scripts that talk to a person at a terminal print on purpose.
    files: ['prisma/**/*.ts', '**/bench/**/*.ts', '**/scripts/**/*.ts', '**/src/cli.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    // The tenant dashboard's React code: the rules of hooks, and complete effect dependencies.
    files: ['apps/tenant-dashboard/src/**/*.{ts,tsx}', 'apps/admin-portal/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);
