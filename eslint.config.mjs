// Lint, including the architecture's import boundaries: imports flow toward shared/, never back,
// renderer/ and electron/ never import each other, and screens reach storage only through the data
// facade (renderer/data/). See docs/architecture.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const frameworks = ['react', 'react-dom', 'electron', 'dexie', 'docx', 'recharts', 'zustand'];
const frameworkPatterns = frameworks.flatMap((name) => [name, `${name}/*`]);

/** One `no-restricted-imports` rule per layer; `message` says which boundary was crossed. */
function boundary(patterns) {
  return { 'no-restricted-imports': ['error', { patterns }] };
}

/**
 * `no-restricted-imports` sees import and export declarations only: these `no-restricted-syntax` entries
 * catch the same folder in `import('…')` and `typeof import('…')`. `folder` is a plain folder name.
 */
function importExpressionsOf(folder, message) {
  const source = `/(^|\\/)${folder}\\//`;
  return [
    { selector: `ImportExpression[source.value=${source}]`, message },
    { selector: `TSImportType[source.value=${source}]`, message },
  ];
}

const rendererPatterns = [
  { group: ['electron', 'electron/*'], message: 'The renderer reaches the desktop only through the preload bridge (renderer/platform).' },
  { regex: '^node:', message: 'The renderer runs sandboxed: no node:* modules.' },
  { regex: '(^|/)(electron|cli)(/|$)', message: 'renderer/ and electron/ never import each other.' },
];

// All UI text goes through the i18n table: no literal words in JSX.
const jsxTextRule = {
  selector: 'JSXText[value=/[A-Za-z\\u4e00-\\u9fff]/]',
  message: 'UI text goes through the i18n table (t(...)), not literal JSX text.',
};

const facadeMessage =
  'Screens never open repositories: they reach stored data through the data facade, send(name, args) (renderer/data/send.ts), ' +
  'and take types from renderer/data/types.ts. Only renderer/app/services.ts opens the database.';
const storageMessage = 'renderer/db/ is storage under the data facade: it never imports the facade (renderer/data/) or the screens (renderer/features/).';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'out/', 'release/', 'test-results/', 'playwright-report/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'test/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['shared/**/*.ts'],
    rules: boundary([
      { group: frameworkPatterns, message: 'shared/ is the pure core: no frameworks (react, electron, dexie, docx, recharts, zustand).' },
      { regex: '^node:', message: 'shared/ is the pure core: no node:* modules.' },
      { regex: '^(fs|path|os|crypto|child_process|url|http|https)$', message: 'shared/ is the pure core: no Node built-ins.' },
      { regex: '(^|/)(renderer|electron|templates|cli)(/|$)', message: 'Imports flow toward shared/, never out of it.' },
    ]),
  },
  {
    files: ['templates/**/*.ts'],
    rules: boundary([
      { group: ['react', 'react-dom', 'electron', 'dexie', 'zustand', 'recharts'], message: 'templates/ are pure functions from a view model to a document model.' },
      { regex: '(^|/)(renderer|electron|cli)(/|$)', message: 'templates/ may import shared/ only.' },
    ]),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      ...boundary(rendererPatterns),
      'no-restricted-syntax': ['error', jsxTextRule],
    },
  },
  // The blocks below replace the renderer-wide rules for their files (ESLint keeps the last setting of a
  // rule), so each repeats those and adds its own.
  {
    files: ['renderer/features/**/*.{ts,tsx}', 'renderer/components/**/*.{ts,tsx}', 'renderer/app/**/*.{ts,tsx}'],
    ignores: ['renderer/app/services.ts'],
    rules: {
      ...boundary([...rendererPatterns, { regex: '(^|/)db(/|$)', message: facadeMessage }]),
      'no-restricted-syntax': ['error', jsxTextRule, ...importExpressionsOf('db', facadeMessage)],
    },
  },
  {
    files: ['renderer/db/**/*.ts'],
    rules: {
      ...boundary([...rendererPatterns, { regex: '(^|/)(data|features)(/|$)', message: storageMessage }]),
      'no-restricted-syntax': ['error', jsxTextRule, ...importExpressionsOf('data', storageMessage), ...importExpressionsOf('features', storageMessage)],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: boundary([
      { group: ['react', 'react-dom', 'dexie', 'zustand', 'recharts'], message: 'The main process does not use renderer libraries.' },
      { regex: '(^|/)(renderer|cli)(/|$)', message: 'renderer/ and electron/ never import each other.' },
    ]),
  },
);
