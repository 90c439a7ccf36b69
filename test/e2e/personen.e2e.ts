import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, logIn, pageHeading, uniqueName } from './support/app.js';
import { callApi } from './support/server.js';

/** A random BSN that passes the elfproef (outside the demo data's 9999… range). */
function randomBsn(): string {
  for (;;) {
    const digits = [8, ...Array.from({ length: 7 }, () => Math.floor(Math.random() * 10))];
    const sum = digits.reduce((total, digit, index) => total + digit * (9 - index), 0);
    const last = sum % 11;
    if (last < 10) return [...digits, last].join('');
  }
}

test.describe('Relaties: personen en BSN', () => {
  const bsn = randomBsn();
  let person: { id: string; displayName: string };

  test.beforeAll(async () => {
    const achternaam = uniqueName('Jansen').replace(' ', '-');
    const { body } = await callApi<{ id: string; displayName: string }>('klachtcoordinator', 'POST', '/persons', {
      body: { voornaam: 'Marieke', achternaam, email: 'm.jansen@example.nl', bsn, reason: 'Klacht ingediend door inwoner' },
    });
    person = body;
  });

  test('a complaints coordinator sees the BSN, hidden until asked for', async ({ page }) => {
    await logIn(page, 'klachtcoordinator', '/relaties/personen');
    await expect(pageHeading(page)).toHaveText('Relaties: Personen');
    await expectNoAxeViolations(page);

    await page.getByRole('searchbox', { name: 'Zoeken' }).fill(person.displayName);
    await page.getByRole('table', { name: 'Personen' }).getByRole('link', { name: person.displayName }).click();
    await expect(pageHeading(page)).toHaveText(person.displayName);
    await expect(page.getByRole('term').filter({ hasText: /^BSN$/ })).toBeVisible();
    await expect(page.getByText(bsn)).toHaveCount(0);
    const show = page.getByRole('button', { name: 'BSN tonen' });
    await expect(show).toHaveAttribute('aria-pressed', 'false');
    await show.click();
    await expect(page.getByText(bsn)).toBeVisible();
    await expect(page.getByRole('button', { name: 'BSN verbergen' })).toHaveAttribute('aria-pressed', 'true');
    await expectNoAxeViolations(page);

    // A new person: the coordinator can record the BSN.
    await page.getByRole('link', { name: 'Relaties', exact: true }).click();
    await page.getByRole('link', { name: 'Nieuwe persoon' }).click();
    await expect(pageHeading(page)).toHaveText('Nieuwe persoon');
    await expect(page.getByRole('textbox', { name: 'BSN' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('an account manager does not see the BSN at all', async ({ page }) => {
    await logIn(page, 'accountmanager', `/relaties/personen/${person.id}`);
    await expect(pageHeading(page)).toHaveText(person.displayName);
    await expect(page.getByRole('link', { name: 'm.jansen@example.nl' })).toBeVisible();
    await expect(page.getByRole('term').filter({ hasText: /^BSN$/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /BSN/ })).toHaveCount(0);
    await expect(page.getByText(bsn)).toHaveCount(0);
    await expectNoAxeViolations(page);
    // The API does not send it either.
    const { body } = await callApi<Record<string, unknown>>('accountmanager', 'GET', `/persons/${person.id}`);
    expect(body).not.toHaveProperty('bsn');

    // Nor can they enter one for a new person.
    await page.goto('/relaties/personen/nieuw');
    await expect(pageHeading(page)).toHaveText('Nieuwe persoon');
    await expect(page.getByRole('textbox', { name: 'Achternaam' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'BSN' })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('an account manager records where letters go, and finds the person by that city', async ({ page }) => {
    const achternaam = uniqueName('Verhoeven').replace(' ', '-');
    await logIn(page, 'accountmanager', '/relaties/personen/nieuw');
    await expect(pageHeading(page)).toHaveText('Nieuwe persoon');
    await page.getByRole('textbox', { name: 'Achternaam' }).fill(achternaam);
    await page.getByRole('textbox', { name: 'Straat' }).fill('Hinthamerstraat');
    await page.getByRole('textbox', { name: 'Huisnummer' }).fill('74');
    // SS is never issued as a postcode: the form says so before sending.
    await page.getByRole('textbox', { name: 'Postcode' }).fill('5241 SS');
    await page.getByRole('textbox', { name: 'Plaats' }).fill('Rosmalen');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByRole('textbox', { name: 'Postcode' })).toHaveAccessibleDescription('Vul een geldige postcode in, bijvoorbeeld 5211 AB.');
    await expectNoAxeViolations(page);

    await page.getByRole('textbox', { name: 'Postcode' }).fill('5241 ab');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(pageHeading(page)).toHaveText(achternaam);
    await expect(page.getByRole('definition').filter({ hasText: /^Hinthamerstraat 74, 5241 ?AB Rosmalen$/ })).toBeVisible();

    await page.goto('/relaties/personen');
    await page.getByRole('searchbox', { name: 'Zoeken' }).fill(`${achternaam} rosmalen`);
    const table = page.getByRole('table', { name: 'Personen' });
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(table.getByRole('row').nth(1)).toContainText(achternaam);
    await expect(table.getByRole('row').nth(1)).toContainText('Rosmalen');
    await expectNoAxeViolations(page);
  });
});
