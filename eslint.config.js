import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'cdn/',
      'site/',
      'test-site/',
      'test-site-build/',
      'eleventy-site/',
      'dist-wordpress/',
      // Released files, kept byte for byte as published.
      'releases/*/',
      'coverage/',
      'bench/pages/',
      'custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'wc/guard-super-call': 'off', // LitElement always defines the lifecycle callbacks the elements override.
      // As with tsc's noUnusedParameters: a leading underscore marks a parameter a subclass's override uses.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Deliberate: WebKit drops list semantics from an unstyled <ol>, and the APG carousel names role="region".
      'lit-a11y/no-redundant-role': 'off',
    },
  },
);
