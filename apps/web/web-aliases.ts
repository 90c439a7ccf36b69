import { fileURLToPath } from 'node:url';

const lib = (path: string) => fileURLToPath(new URL(`../../libs/web/${path}`, import.meta.url));

/**
 * Import aliases of the web libraries. Keep in step with `paths` in apps/web/tsconfig.json;
 * vite.config.ts and vitest.config.ts both read this list.
 */
export const webAliases: Record<string, string> = {
  '@gemeente-crm/web-api-client': lib('shared/api-client/src/index.ts'),
  '@gemeente-crm/web-ui': lib('shared/ui/src/index.ts'),
  '@gemeente-crm/web-i18n': lib('shared/i18n/src/index.ts'),
  '@gemeente-crm/web-auth': lib('shared/auth/src/index.ts'),
  '@gemeente-crm/web-forms': lib('shared/forms/src/index.ts'),
  '@gemeente-crm/web-testing': lib('shared/testing/src/index.ts'),
  '@gemeente-crm/web-relations': lib('relations/feature/src/index.ts'),
  '@gemeente-crm/web-relations-data-access': lib('relations/data-access/src/index.ts'),
  '@gemeente-crm/web-interactions': lib('interactions/feature/src/index.ts'),
  '@gemeente-crm/web-interactions-data-access': lib('interactions/data-access/src/index.ts'),
  '@gemeente-crm/web-archive': lib('archive/feature/src/index.ts'),
  '@gemeente-crm/web-archive-data-access': lib('archive/data-access/src/index.ts'),
  '@gemeente-crm/web-imports': lib('imports/feature/src/index.ts'),
  '@gemeente-crm/web-imports-data-access': lib('imports/data-access/src/index.ts'),
  '@gemeente-crm/web-leads': lib('leads/feature/src/index.ts'),
  '@gemeente-crm/web-leads-data-access': lib('leads/data-access/src/index.ts'),
};
