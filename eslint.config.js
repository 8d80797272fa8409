// Lint rules double as the architecture's fences (DESIGN.md §1): shared/ touches no DOM, Node
// or Electron; renderer/ imports only shared/; electron/ never imports renderer/; services stay
// free of `electron` so they can be tested on a real file system.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import prettier from 'eslint-config-prettier';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'http'];

export default tseslint.config(
  {
    ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.bench/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs}', 'tests/**/*.{js,mjs}', '*.js', '*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'shared/ is pure: no Node modules.' },
            { group: ['electron', 'react', 'react-dom', 'dexie', 'zustand'], message: 'shared/ is pure: no runtime libraries.' },
            { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ imports nothing outside shared/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'The renderer has no Node: go through renderer/platform.' },
            { group: ['**/electron/**', '!./electron'], message: 'renderer/ may import shared/ only.' },
          ],
          paths: [{ name: 'electron', message: 'The renderer reaches Electron only through window.backdesk (renderer/platform).' }],
        },
      ],
    },
  },
  {
    files: ['renderer/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/features/**'], message: 'ui/ imports no feature.' }] },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**'], message: 'electron/ never imports renderer/.' }] },
      ],
    },
  },
  {
    files: ['electron/services/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Services are plain Node so they can be tested on a real file system.' }],
          patterns: [{ group: ['**/renderer/**'], message: 'electron/ never imports renderer/.' }],
        },
      ],
    },
  },
  prettier,
);
