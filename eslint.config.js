// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const platformImports = {
  react: ['react', 'react-dom', 'react-dom/*', 'react-i18next', '@tanstack/*'],
  dexie: ['dexie', 'dexie/*', 'fake-indexeddb', 'fake-indexeddb/*'],
  electron: ['electron', 'electron/*'],
};

const pdfPatterns = [
  {
    group: ['pdf-lib', '@pdf-lib/*', '@cantoo/pdf-lib', '@cantoo/fontkit'],
    allowTypeImports: true,
    message: 'The PDF writer belongs in the pdf worker: import types only.',
  },
  {
    regex: '(^|/)core/pdf(/index|/writer)?$',
    allowTypeImports: true,
    message: 'The core/pdf barrel re-exports the writer (@cantoo/pdf-lib): import types only, or a leaf module such as core/pdf/text.',
  },
];

/** What features may take from data/ by value: reads and error classes, never a writer. */
const featureDataReads = [
  'ArchiveError',
  'isQuotaError',
  'countBulletins',
  'countTagsIn',
  'getBodies',
  'getBulletin',
  'getSummaries',
  'listBulletins',
  'listTrash',
  'findExistingHashes',
  'listBatches',
  'findTag',
  'listTags',
  'tagCounts',
  'listRules',
  'rulesForTag',
  'listSavedSearches',
  'getDossier',
  'listDossiers',
  'getSetting',
  'storageEstimate',
  'getOriginal',
  'listUnusedOriginals',
  'originalsUsage',
];

/** Import boundaries: the pure core stays portable; the UI never sees Electron or raw Dexie. */
const restrict = (groups, message, extra = []) => ({
  'no-restricted-imports': [
    'error',
    { patterns: [{ group: [...groups.flat(), ...extra], message }] },
  ],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-expect-error': 'allow-with-description' }],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['renderer/src/core/**/*.ts'],
    rules: restrict(
      [platformImports.react, platformImports.dexie, platformImports.electron],
      'core/ is pure: no React, Dexie, Electron or DOM-bound modules.',
      ['**/data/**', '**/features/**', '**/host/**', '**/app/**', '**/workers/**'],
    ),
  },
  {
    files: ['renderer/src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      // Spreading an array into a call passes each element as an argument: past ~100,000 the engine
      // throws "Maximum call stack size exceeded" (issue 23). core/arrays.ts has pushAll/maxOf/minOf.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression > SpreadElement, NewExpression > SpreadElement',
          message: 'No spread into a call in core/ (it overflows the stack on large arrays): use pushAll/maxOf/minOf from core/arrays.',
        },
      ],
    },
  },
  {
    files: ['renderer/src/features/**/*.{ts,tsx}', 'renderer/src/app/**/*.{ts,tsx}'],
    rules: restrict([platformImports.electron, platformImports.dexie], 'The UI reaches storage through data/ and the host through host/.'),
  },
  {
    // PDF writing runs in the pdf worker. A value import of pdf-lib, or of the core/pdf barrel (which
    // re-exports the writer), put ~2 MB of it into the UI's start-up bundle (3.5 MB → 1.5 MB without).
    files: ['renderer/src/app/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: pdfPatterns }] },
  },
  {
    // Features write through the archive's commands (app/archive/commands), which keep the search
    // index in step; from data/ they may import only reads, errors and types. A writer added to
    // data/ later is forbidden here until someone decides it is a read.
    files: ['renderer/src/features/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...pdfPatterns,
            {
              regex: '^(\\.\\./)+data(/.*)?$',
              allowImportNames: featureDataReads,
              allowTypeImports: true,
              message: "Features write through the archive's commands: useSend() from app/archive/ArchiveProvider, not data/'s writers.",
            },
            {
              // The restore itself lives here; run bare, the search index would not follow it.
              regex: '(^|/)app/archive/snapshots$',
              importNames: ['restoreWithSafetySnapshot'],
              message: "Restore through the 'archive/restore' command, which rebuilds the search index.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/data/**/*.ts'],
    rules: restrict([platformImports.react, platformImports.electron], 'data/ owns Dexie and nothing else.'),
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...platformImports.react, ...platformImports.dexie], message: 'Electron code has no UI or database.' },
            // The one exception: the format registry, pure data shared with the importers (issue 20).
            { regex: '(^|/)renderer/(?!src/core/import/formats$)', message: 'Electron code has no UI or database.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
