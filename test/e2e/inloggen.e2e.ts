import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, expectNoAxeViolations, guideScreenshot, loginPage, pageHeading } from './support/app.js';

test.describe('Inloggen', () => {
  test('a new user opens the app, is sent to the login page and lands on Mijn overzicht', async ({ page }) => {
    await page.goto('/');
    const form = loginPage(page);
    await expect(form.heading).toBeVisible();
    await expect(page).toHaveTitle(/Inloggen/);
    // The demo accounts are listed below the form.
    await expect(page.getByRole('table')).toContainText('accountmanager');
    await expectNoAxeViolations(page);
    await form.username.fill('accountmanager');
    await form.password.fill(DEMO_PASSWORD);
    await guideScreenshot(page, '01-inloggen');

    // A typing error: the message says so, the user name stays, focus is on the password.
    await form.password.fill('verkeerd');
    await form.submit.click();
    await expect(page.getByRole('alert')).toHaveText('Onbekende gebruikersnaam of wachtwoord');
    await expect(form.username).toHaveValue('accountmanager');
    await expect(form.password).toBeFocused();
    await expectNoAxeViolations(page);

    await form.password.fill(DEMO_PASSWORD);
    await form.submit.click();

    await expect(pageHeading(page)).toHaveText('Mijn overzicht');
    await expect(page.getByRole('button', { name: 'Gebruikersmenu van Anna de Vries' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Organisaties' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('after logging in, the user is back on the page they asked for', async ({ page }) => {
    await page.goto('/relaties/organisaties?zoek=bakkerij');
    const form = loginPage(page);
    await form.username.fill('accountmanager');
    await form.password.fill(DEMO_PASSWORD);
    await form.password.press('Enter');

    await expect(pageHeading(page)).toHaveText('Relaties: Organisaties');
    await expect(page).toHaveURL(/\/relaties\/organisaties\?zoek=bakkerij$/);
    await expect(page.getByRole('searchbox', { name: 'Zoeken' })).toHaveValue('bakkerij');
  });

  test('the user menu shows who is logged in and logs out', async ({ page }) => {
    await page.goto('/');
    const form = loginPage(page);
    await form.username.fill('teamleider');
    await form.password.fill(DEMO_PASSWORD);
    await form.submit.click();

    await page.getByRole('button', { name: 'Gebruikersmenu van Pieter van den Berg' }).click();
    const menu = page.getByRole('menu');
    await expect(menu).toContainText('Ingelogd als Pieter van den Berg');
    await expect(menu).toContainText('Teamleider');
    await expectNoAxeViolations(page);
    await menu.getByRole('menuitem', { name: 'Uitloggen' }).click();

    // The login service asks to confirm, then sends the user back to the app.
    await expect(pageHeading(page)).toHaveText('Uitloggen');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Ja, uitloggen' }).click();
    await expect(pageHeading(page)).toHaveText('U bent uitgelogd');
    await expect(page.getByRole('button', { name: 'Opnieuw inloggen' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
