/**
 * ESLint rules for the SPA (apps/web, libs/web), meant to be spread into the root
 * eslint.config.js:  import web from './apps/web/eslint.web.js';  ...web,
 */
import reactHooks from 'eslint-plugin-react-hooks';

const webFiles = ['apps/web/**/*.{ts,tsx}', 'libs/web/**/*.{ts,tsx}'];

export default [
  {
    files: webFiles,
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: webFiles,
    languageOptions: {
      globals: { window: 'readonly', document: 'readonly', navigator: 'readonly', sessionStorage: 'readonly', localStorage: 'readonly' },
    },
    rules: {
      // The SPA must not reach into the API's code; it talks to it over HTTP only.
      'no-restricted-imports': ['error', { patterns: [{ group: ['@gemeente-crm/api-*', '@gemeente-crm/relations-*', '@gemeente-crm/integrations-*', '@gemeente-crm/interactions-*'], message: 'The web app uses the API over HTTP (libs/web/shared/api-client), never its code.' }] }],
    },
  },
  {
    files: ['apps/web/scripts/**/*.mjs', 'libs/web/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
];
