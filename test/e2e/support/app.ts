import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/** The password of every demo account. */
export const DEMO_PASSWORD = 'demo';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const GUIDE_IMAGES = join(import.meta.dirname, '..', '..', '..', 'docs', 'gebruikershandleiding', 'afbeeldingen');

/** Waits until transitions (dialogs opening, ripples, progress bars fading) have finished. */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getComputedTiming().iterations === Infinity));
}

/** Runs axe (WCAG 2.0–2.2 A and AA) on what the page shows now and expects no violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  await settle(page);
  // Only violations are reported in detail (faster); options() replaces all options, so it goes before withTags().
  const { violations } = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(WCAG_TAGS).analyze();
  const report = violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes.map((node) => `    ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ')}`).join('\n')}`);
  expect(report, `accessibility violations on ${page.url()}`).toEqual([]);
}

/** Saves a screenshot for the user guide (docs/gebruikershandleiding/afbeeldingen/<name>.png). */
export async function guideScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(GUIDE_IMAGES, { recursive: true });
  await settle(page);
  await page.screenshot({ path: join(GUIDE_IMAGES, `${name}.png`), animations: 'disabled', caret: 'hide' });
}

/** The demo login page of the local identity provider. */
export function loginPage(page: Page) {
  return {
    heading: page.getByRole('heading', { name: 'Inloggen bij Gemeente CRM', level: 1 }),
    username: page.getByLabel('Gebruikersnaam'),
    password: page.getByLabel('Wachtwoord'),
    submit: page.getByRole('button', { name: 'Inloggen' }),
  };
}

/**
 * Opens `path` and logs in through the real login page as the demo user `login`; returns once
 * the app shows the requested page again.
 */
export async function logIn(page: Page, login: string, path = '/'): Promise<void> {
  await page.goto(path);
  const form = loginPage(page);
  await expect(form.heading).toBeVisible();
  await form.username.fill(login);
  await form.password.fill(DEMO_PASSWORD);
  await form.submit.click();
  await expect(page.getByRole('banner').getByRole('button', { name: /^Gebruikersmenu van / })).toBeVisible();
  await expect(page).toHaveURL((url) => `${url.pathname}${url.search}` === path);
}

/** Closes the notice ("snackbar") with `text` at the bottom of the screen. */
export async function dismissNotice(page: Page, text: string): Promise<void> {
  const notice = page.getByRole('status').filter({ hasText: text });
  await notice.getByRole('button', { name: 'Sluiten' }).click();
  await expect(notice).toBeHidden();
}

/** The page's one h1. */
export function pageHeading(page: Page): Locator {
  return page.getByRole('heading', { level: 1 });
}

/** A unique, recognisable name for a record a test creates. */
export function uniqueName(prefix: string): string {
  return `${prefix} ${Date.now().toString(36).slice(-5).toUpperCase()}`;
}
