import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

const ZOD = 'Islands take only types from schemas (`import type`): zod stays out of the browser bundle.';
const PURE = 'Models are pure: no React, Astro or DOM (see the widget folder README).';
/** Schema modules and validators, importable by browser code as types only. */
const NO_ZOD_IN_ISLANDS = {
  paths: ['zod', 'zod/mini', 'astro/zod'].map((name) => ({ name, allowTypeImports: true, message: ZOD })),
  patterns: [
    {
      group: ['**/data-schema', '**/schema', '**/schema-atoms', '**/options', '**/lib/validation', '**/props'],
      allowTypeImports: true,
      message: ZOD,
    },
  ],
};
/** Shared modules that are pure rules too. */
const PURE_SHARED = ['i18n', 'ids', 'slider-keys', 'text'].map((name) => `src/components/widgets/shared/${name}.ts`);
const DOM_GLOBALS = ['window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'fetch'];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'public/pagefind/',
      '.bench/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.astro'] },
    },
  },
  ...astro.configs.recommended,
  ...astro.configs['jsx-a11y-recommended'],
  {
    // eslint-plugin-astro's jsx-a11y config registers the plugin; reuse its rules for React files.
    files: ['**/*.tsx'],
    plugins: {},
    languageOptions: jsxA11y.flatConfigs.recommended.languageOptions,
    rules: Object.fromEntries(
      Object.entries(jsxA11y.flatConfigs.recommended.rules).map(([k, v]) => [
        k.replace(/^jsx-a11y\//, 'astro/jsx-a11y/'),
        v,
      ]),
    ),
  },
  {
    files: ['**/*.{js,mjs}', '**/*.astro'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // What an island ships to the browser (components, hooks, models) never pulls in zod: the
    // option and data schemas are checked at build time, and only their types cross over.
    files: ['src/components/widgets/**/*.tsx', 'src/components/widgets/**/use*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', NO_ZOD_IN_ISLANDS] },
  },
  {
    // Models are pure rules: no React, no Astro, no DOM, so they run and are tested anywhere.
    files: ['src/components/widgets/*/model/**/*.ts', ...PURE_SHARED],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: NO_ZOD_IN_ISLANDS.paths,
          patterns: [
            ...NO_ZOD_IN_ISLANDS.patterns,
            { group: ['react', 'react-dom', 'react-dom/*', 'astro', 'astro/*', 'astro:*'], message: PURE },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...DOM_GLOBALS.map((name) => ({ name, message: PURE }))],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // A labelled <section> that scrolls must be reachable by keyboard (WCAG 2.1.1).
      'astro/jsx-a11y/no-noninteractive-tabindex': ['error', { tags: ['section'], roles: ['tabpanel'] }],
    },
  },
);
