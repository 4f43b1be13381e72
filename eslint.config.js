// ESLint for the TypeScript source and tests, the templates inside them and
// the Node scripts around them. Formatting is prettier's job, not this file's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'node_modules/', 'test/bench/results/', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.ts'],
    rules: {
      // The house style: `unknown` over `any`, no enums or namespaces, type-only imports marked.
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use a const array and a union type, not an enum.' },
        {
          selector: 'TSModuleDeclaration[kind="namespace"]',
          message: 'Use modules, not namespaces.',
        },
      ],
      // Unused names are the compiler's check (noUnusedLocals, noUnusedParameters).
      '@typescript-eslint/no-unused-vars': 'off',
      // `interface HTMLElementEventMap extends UsceEventMap {}` is how a global map is augmented.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  // Type-aware rules for the source: the ones that catch real mistakes in
  // this code (a promise nobody awaits, an `any` leaking out of a parse, a
  // template expression that stringifies an object), read with the type
  // checker through the project service.
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: ['src/**/*.ts'] })),
  {
    files: ['src/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // As above: unused names are the compiler's check.
      '@typescript-eslint/no-unused-vars': 'off',
    },
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    rules: {
      // Lists styled without bullets say role="list" on purpose: WebKit drops
      // the list semantics of a <ul> with list-style: none.
      'lit-a11y/no-redundant-role': 'off',
    },
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    languageOptions: { globals: globals.browser },
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
  },
  {
    // Tests may reach what they check with a non-null assertion: a missing
    // node fails the test at that line.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // chai's property assertions: expect(x).to.be.empty.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Tests build broken content by deleting fields.
      '@typescript-eslint/no-dynamic-delete': 'off',
    },
  },
  {
    files: ['**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
