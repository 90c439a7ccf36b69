import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { webAliases } from './web-aliases.ts';

const workspace = fileURLToPath(new URL('../..', import.meta.url));

/** Component and unit tests of the SPA and its libraries: `*.test.ts(x)` under apps/web and libs/web. */
export default defineConfig({
  root: workspace,
  plugins: [react()],
  resolve: { alias: webAliases },
  test: {
    name: 'web',
    environment: 'jsdom',
    include: ['apps/web/**/*.test.{ts,tsx}', 'libs/web/**/*.test.{ts,tsx}'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    setupFiles: [fileURLToPath(new URL('./src/test/setup.ts', import.meta.url))],
    css: false,
    restoreMocks: true,
    testTimeout: 15000,
  },
});
