// Lint for TypeScript, Lit templates, custom-element conventions and template accessibility.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      'storybook-static/**',
      'reports/**',
      'node_modules/**',
      '**/custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['packages/*/src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/*/src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['packages/*/src/**/*.ts'],
    plugins: { 'lit-a11y': litA11y },
    rules: litA11y.configs.recommended.rules,
  },
  {
    languageOptions: {
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Build scripts, configs, Node tests and the server recipes run in Node.
    files: [
      '*.js',
      '*.cjs',
      'scripts/**',
      'test/**',
      '.storybook/**',
      'packages/*/bin/**',
      'docs/recipes/**',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.commonjs } },
    rules: { 'no-console': 'off' },
  },
  {
    files: ['packages/*/test/**'],
    languageOptions: { globals: { ...globals.mocha } },
  },
);
