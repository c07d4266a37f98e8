// @ts-check
// The linter `npm test` runs (through tests/lint/lint.test.ts): ESLint's and typescript-eslint's
// recommended rules, without type information (fast), on every TypeScript and JavaScript file
// the project writes. Formatting is prettier's (.prettierrc.json), not ESLint's.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['build/', 'dist/', 'node_modules/', 'tests/.output/', 'tests/fixtures/', '.diglot-cache/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_`-prefixed names mark deliberately unused parameters and destructured leftovers.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  { files: ['assets/**/*.js'], languageOptions: { globals: { ...globals.browser } } },
);
