// ESLint over everything of ours that runs: the extension (src), its tests, the scripts, the benchmarks and the
// webview scripts (media). Recommended rules plus typescript-eslint's type-checked ones, which catch what the
// compiler does not: promises left floating or passed where nothing awaits them. Layout is Prettier's job
// (`npm run format`), so no stylistic rules here.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Properties VS Code shows to the user (quick picks, input boxes, tree items, status bar, progress, accessibility). */
const UI_TEXT_PROPERTIES = '/^(title|placeHolder|placeholder|prompt|tooltip|label|detail|description|openLabel|message|name|text)$/';
/** Such a property, outside the { message, comment } argument of l10n.t itself. */
const UI_TEXT_PROPERTY = `Property[key.name=${UI_TEXT_PROPERTIES}]:not(CallExpression[callee.property.name='t'] > ObjectExpression > Property)`;
/** Natural-language text: a word, a space and another (an id, a codicon or a path has none; a lone word is missed). */
const WORDS = String.raw`/^(?!Backend Paths$).*[A-Za-z]{2,}\s+[A-Za-z]/`;
/** Words between a page's tags; "Backend Paths" is the product's name, in every language. */
const MARKUP_WORDS = String.raw`/>(?!\s*Backend Paths<)[^<>]*[A-Za-z]{3,}[^<>]*</`;

export default defineConfig(
  globalIgnores([
    '**/node_modules/',
    'dist/',
    'out/',
    '.vscode-test/',
    'test-results/',
    'bench/results/',
    // Each starter is a learner's project with its own linter (roles/nodejs/starter/eslint.config.js and so on).
    'roles/*/starter/',
    'roles/*/starters/*/starter/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // Type information for every file: the extension and its TypeScript tests, the page scripts, and the
        // Node scripts (read for their types only).
        project: ['./tsconfig.json', './media/tsconfig.json', './tsconfig.scripts.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Off: an `async` method without `await` is how this code implements an async interface synchronously (the
      // in-memory file systems and mementos of the tests, the starter checks' verify(), webview serializers), and
      // it is what turns a throw into the rejection callers expect. The promise rules above still apply.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // The extension and its unit tests run in Node (the integration tests in the extension host, also Node).
    files: ['src/**/*.ts', 'test/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    // Every user-facing string goes through vscode.l10n.t or @vscode/l10n's l10n.t (scripts/l10n.mjs extracts them
    // into l10n/bundle.l10n.json): words written straight into a message, a quick pick or input box, a tree item or
    // a page's markup are flagged. Ids, codicons, URLs and the product's name are not words to translate.
    files: ['src/**/*.ts'],
    // English by design: the command-line tool (as the terminal tools beside it), and the content format's
    // validation, schema and templates, which speak to role authors in the language of the YAML keys.
    ignores: [
      'src/cli.ts',
      'src/content.ts',
      'src/catalog/load.ts',
      'src/catalog/*Schema.ts',
      'src/catalog/schema.ts',
      'src/workspaceRoles/roleTemplates.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: `CallExpression[callee.property.name=/^show(Information|Warning|Error)Message$/] > :matches(Literal, TemplateLiteral:has(TemplateElement[value.raw=${WORDS}])).arguments`,
          message: 'Localize the message: vscode.l10n.t(...).',
        },
        {
          selector: `${UI_TEXT_PROPERTY} > Literal.value[value=${WORDS}]`,
          message: 'Localize this text shown to the user: vscode.l10n.t(...) or l10n.t(...) from @vscode/l10n.',
        },
        {
          selector: `${UI_TEXT_PROPERTY} > TemplateLiteral.value > TemplateElement[value.raw=${WORDS}]`,
          message: 'Localize this text shown to the user: vscode.l10n.t(...) or l10n.t(...) from @vscode/l10n.',
        },
        {
          selector: `AssignmentExpression[left.property.name=${UI_TEXT_PROPERTIES}] > :matches(Literal[value=${WORDS}], TemplateLiteral:has(TemplateElement[value.raw=${WORDS}])).right`,
          message: 'Localize this text shown to the user: vscode.l10n.t(...) or l10n.t(...) from @vscode/l10n.',
        },
        {
          selector: `NewExpression[callee.property.name='TreeItem'] > :matches(Literal, TemplateLiteral).arguments:first-child`,
          message: "Localize the tree item's label: vscode.l10n.t(...).",
        },
        {
          selector: `TaggedTemplateExpression[tag.name='html'] TemplateElement[value.raw=${MARKUP_WORDS}]`,
          message: "Localize the page's words: ${l10n.t(...)} inside the html template.",
        },
      ],
    },
  },
  {
    // Build and start scripts, benchmarks, the e2e tests (mocha BDD), the starter checks and the test workbench.
    files: ['**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { ...globals.node, ...globals.mocha } },
  },
  {
    // The e2e tests hand functions to page.evaluate() and waitForFunction(), which run them in the workbench page.
    files: ['test/e2e/**/*.mjs'],
    languageOptions: { globals: globals.browser },
  },
  {
    // CommonJS: the benchmark probes load in the extension host with require('vscode'); test fixtures preload.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The page scripts run in a webview: classic scripts (not modules) in a browser, sharing one global scope.
    files: ['media/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: { ...globals.browser, acquireVsCodeApi: 'readonly' },
    },
  },
  {
    // media/messages.js (loaded first) defines pageMessages for the pages' own scripts.
    files: ['media/role.js', 'media/overview.js', 'media/practice.js'],
    languageOptions: { globals: { pageMessages: 'readonly' } },
  },
  {
    // The Node scripts are plain JavaScript, not type-checked, so the rules about `any` flowing around would flag
    // every value. Everything else (floating and misused promises, awaiting non-promises...) still applies. The
    // page scripts are type-checked (media/tsconfig.json), so they keep these rules.
    files: ['**/*.mjs', '**/*.cjs'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
