import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const crossModule = {
  regex: '^\\.\\./(?!\\.\\.)[^/]+/(?!index\\.ts$).+',
  message: 'Import another module only through its index.ts',
};

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'data/**', 'test-results/**', 'apps/server/src/migrations/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Node runs TypeScript by type stripping: no enums.' },
        { selector: 'TSParameterProperty', message: 'Node runs TypeScript by type stripping: no parameter properties.' },
      ],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Modules meet only through each other's index.ts (DESIGN §5.1).
    files: ['apps/server/src/modules/**/*.ts'],
    ignores: ['apps/server/src/modules/**/*.schema.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [crossModule] }] },
  },
  {
    // Domain code is pure (DESIGN §5.1): no framework, no database, no other module.
    files: ['apps/server/src/modules/*/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            crossModule,
            { group: ['fastify*', 'drizzle-orm*', 'pg', '@electric-sql/*', '**/platform/**', '**/*.repo.ts', '**/*.routes.ts'], message: 'Domain code is pure' },
          ],
        },
      ],
    },
  },
);
