// Lint rules double as the architecture's fences (DESIGN.md §1): shared/ touches no DOM, Node
// or Electron; renderer/ imports only shared/; electron/ never imports renderer/; services stay
// free of `electron` so they can be tested on a real file system.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import prettier from 'eslint-config-prettier';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import architecture from './scripts/eslint/architecture.mjs';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'http'];

// A later no-restricted-imports replaces an earlier one for the same files, so overrides repeat these.
const rendererImportPatterns = [
  { group: nodeBuiltins, message: 'The renderer has no Node: go through renderer/platform.' },
  { group: ['**/electron/**', '!./electron'], message: 'renderer/ may import shared/ only.' },
];
const rendererImportPaths = [{ name: 'electron', message: 'The renderer reaches Electron only through window.backdesk (renderer/platform).' }];

// DESIGN §1: features/<name>/repository.ts is the only code touching tables. Screens get the
// database only as the argument useDbQuery hands them, and must pass it on to a repository
// function: `db.<table>` / `d.<table>` chains and `db.table(...)` / `db.transaction(...)` are refused.
const DB_PARAM = '/^(d|db|database|tx)$/';
const tableAccessSelectors = [
  {
    selector: `MemberExpression[object.type='MemberExpression'][object.object.type='Identifier'][object.object.name=${DB_PARAM}]`,
    message: 'Components do not touch tables: call a repository function (features/<name>/repository.ts) instead.',
  },
  {
    selector: `CallExpression[callee.type='MemberExpression'][callee.object.name=${DB_PARAM}][callee.property.name=/^(table|transaction)$/]`,
    message: 'Components do not open tables or transactions: call a repository function instead.',
  },
];

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
      'no-restricted-imports': ['error', { patterns: rendererImportPatterns, paths: rendererImportPaths }],
    },
  },
  {
    files: ['renderer/features/*/components/**/*.{ts,tsx}', 'renderer/features/*/route.tsx', 'renderer/app/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: rendererImportPaths,
          patterns: [
            ...rendererImportPatterns,
            {
              regex: '^(\\.\\.?/)+db(/(index|database|crud))?$',
              message: 'Components and the shell do not reach the database: use the feature\'s hooks or repository (DESIGN §1).',
            },
          ],
        },
      ],
      'no-restricted-syntax': ['error', ...tableAccessSelectors],
    },
  },
  {
    // Tables are touched by their owner's data modules only (DESIGN §1): the modules at a
    // feature's root (repository.ts and those it delegates to: the ledger, aggregates, reads),
    // the data layer itself, and core's settings, search and counts. Screens, hooks, stores,
    // public entries, registrations, pages, the shell and ui/ ask those modules.
    files: [
      'renderer/features/*/{route,index,hooks,store,registrations}.{ts,tsx}',
      'renderer/pages/**/*.{ts,tsx}',
      'renderer/ui/**/*.{ts,tsx}',
      'renderer/core/**/*.{ts,tsx}',
      'renderer/platform/**/*.{ts,tsx}',
    ],
    ignores: ['**/*.test.{ts,tsx}', 'renderer/core/{settings,search,stats,sampleLoader}.ts'],
    rules: { 'no-restricted-syntax': ['error', ...tableAccessSelectors] },
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
    // The renderer's layers (scripts/eslint/architecture.mjs): app → features → core, ui,
    // platform, db; features meet only through a public index. Tests may reach further in.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    plugins: { backdesk: architecture },
    rules: { 'backdesk/layers': 'error' },
  },
  {
    // No import cycles anywhere in the code that ships, type-only and dynamic imports included
    // (a cycle hidden behind import() is still a cycle).
    files: ['renderer/**/*.{ts,tsx}', 'shared/**/*.ts', 'electron/**/*.ts'],
    ignores: ['**/*.test.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.web.json', 'tsconfig.node.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true, allowUnsafeDynamicCyclicDependency: false }],
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
