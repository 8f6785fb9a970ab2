// Lint enforces the architecture: the folder says where code may run (STYLE.md, after VS Code's code-layering).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import local from './eslint-rules/index.js';

const nodeOnly = ['node:*', 'fs', 'path', 'os', 'child_process', 'electron'];
const restrict = (patterns, message, ...more) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }, ...more] }],
});
// Outside src/core only the public API (src/core/index.ts) is imported, so a step can move inside the core (issue 13).
const coreApiOnly = { group: ['**/core/*', '!**/tests/**'], message: "Import the core's public API (src/core/index.ts), not a core module: add the export there." };
// The layer order inside the core: language-neutral code takes a language model as an argument;
// only the registry (src/core/languages.ts) imports a language folder.
const languageViaRegistry = { group: ['**/de', '**/de/*'], message: 'Only src/core/languages.ts imports a language folder: take the LanguageModel (or its part) as an argument.' };
const coreForbidden = [...nodeOnly, 'dexie', 'react', 'react-dom', '**/renderer/**', '**/main/**', '**/node/**', '**/cli/**'];
const coreMessage = 'src/core is plain TypeScript shared by main, workers, renderer and CLI: pass data in instead.';

export default tseslint.config(
  { ignores: ['out/**', 'dist-web/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['src/core/**'],
    rules: restrict(coreForbidden, coreMessage, languageViaRegistry),
  },
  {
    files: ['src/core/languages.ts', 'src/core/de/**'],
    rules: restrict(coreForbidden, coreMessage),
  },
  {
    files: ['src/{cli,node,shared}/**', 'scripts/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [coreApiOnly] }] },
  },
  {
    // The workers live in src/renderer/workers: browser globals, no Node.
    files: ['src/renderer/**', 'src/web/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict([...nodeOnly, '**/main/**', '**/node/**', '**/cli/**', '**/preload/**'], 'The renderer talks to its host only through window.api (src/shared/api.ts).', coreApiOnly),
    },
  },
  {
    // The workers import no UI: what they share with a screen (word keys, text limits) lives in the core
    // or below the screens (the own-texts worker runs text/prepareText); local/renderer-layers keeps them off
    // features, ui/ and domain/, this rule off React and i18n (issue 13).
    files: ['src/renderer/workers/**'],
    rules: restrict(
      [...nodeOnly, '**/main/**', '**/node/**', '**/cli/**', '**/preload/**', 'react', 'react-dom', 'react-i18next', ...['app', 'about', 'glossary', 'i18n', 'library', 'packs', 'progress', 'quiz', 'reader', 'review', 'settings', 'stories', 'vocabulary'].map((f) => `../${f}/**`)],
      'A worker imports no UI module: move what it shares with a screen into src/core or a plain module.',
      coreApiOnly,
    ),
  },
  {
    // Every word the user sees comes from the locale files, in both UI languages (issue 9).
    files: ['src/renderer/**/*.tsx'],
    plugins: { local },
    rules: { 'local/no-literal-ui-text': 'error' },
  },
  {
    // Counts go through i18next's plural forms, never `n === 1 ? … : …` (issue 9).
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { local },
    rules: { 'local/no-manual-plural': 'error' },
  },
  {
    // Renderer folders import downward only: app → features → ui → domain → db, i18n, workers, text (issue 13).
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { local },
    rules: { 'local/renderer-layers': 'error' },
  },
  {
    files: ['src/preload/**'],
    rules: restrict(['**/core/**', '**/main/**', '**/renderer/**', 'zod', 'node:*'], 'The sandboxed preload only bridges the API: it can require nothing but electron.'),
  },
  {
    files: ['src/main/**'],
    rules: restrict(['react', 'react-dom', 'dexie', '**/renderer/**'], 'Main never loads renderer code.', coreApiOnly),
  },
);
