import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import pagehub from './eslint/plugin.js';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'web/dist', 'web/dist-*', 'test-results', 'out', '.pagehub', 'scratch', '.scratch'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['bin/**/*.js'],
    languageOptions: { globals: { process: 'readonly' } },
  },
  {
    // Tests read JSON answers whose shape they assert; typing every one would add noise, not safety.
    files: ['test/**', '**/*.test.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Areas behind front doors, and no import cycles between files (so none between areas either):
    // docs/architecture.md draws the areas and what each may use.
    files: ['src/**/*.{ts,tsx}', 'web/src/**/*.{ts,tsx}'],
    plugins: { pagehub },
    rules: {
      'pagehub/front-doors': 'error',
      'pagehub/no-cycle': 'error',
    },
  },
  {
    files: ['src/site/**', 'src/render/**', 'src/patch/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'fs', 'path', 'crypto'], message: 'site/, render/ and patch/ are isomorphic: no Node built-ins.' }] }],
    },
  },
);
