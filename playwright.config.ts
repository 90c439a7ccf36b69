import { defineConfig } from '@playwright/test';
import { BASE_URL, E2E_DATA_DIR, E2E_DATABASE_PORT, E2E_PORT } from './test/e2e/support/server.js';

/**
 * Browser tests of the staff web app (`npm run test:e2e`): Playwright in Debian's Chromium
 * against the built app, started by scripts/e2e-server.mjs with its own temporary database.
 * The tests also write the screenshots of the user guide (docs/gebruikershandleiding/).
 */
export default defineConfig({
  testDir: 'test/e2e',
  // `*.e2e.ts`, so Jest (which runs `*.spec.ts` under test/) leaves these alone.
  testMatch: '**/*.e2e.ts',
  outputDir: 'dist/e2e/test-results',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { outputFolder: 'dist/e2e/report', open: 'never' }]] : [['list']],
  use: {
    browserName: 'chromium',
    baseURL: BASE_URL,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    contextOptions: { reducedMotion: 'reduce' },
    actionTimeout: 10_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
    },
  },
  projects: [
    // Loads 10 000 organisations more than the demo data first, so lists are tested at a realistic size.
    { name: 'gegevens', testMatch: '**/*.setup.e2e.ts' },
    { name: 'chromium', testIgnore: '**/*.setup.e2e.ts', dependencies: ['gegevens'] },
  ],
  webServer: {
    command: 'node scripts/e2e-server.mjs',
    url: `${BASE_URL}/api/v1/health`,
    env: { E2E_PORT: String(E2E_PORT), E2E_DATA_DIR, E2E_DATABASE_PORT: String(E2E_DATABASE_PORT) },
    // A first run may build the app first.
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    // SIGTERM lets the app stop its embedded database and the script remove the data folder.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
  },
});
