import { test as setup } from '@playwright/test';
import { seedOrganisations } from './support/server.js';

/** Before the browser tests: 10 000 organisations more than the demo data, the size of a real register. */
const SEEDED_ORGANISATIONS = 10_000;

setup('load 10 000 organisations', () => {
  setup.setTimeout(120_000);
  seedOrganisations(SEEDED_ORGANISATIONS);
});
