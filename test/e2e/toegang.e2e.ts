import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, logIn, pageHeading } from './support/app.js';

test.describe('Toegang per rol', () => {
  test('a BI reader has no Relaties and gets "Geen toegang" when opening them', async ({ page }) => {
    await logIn(page, 'bi-lezer');
    await expect(pageHeading(page)).toHaveText('Mijn overzicht');
    const navigation = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
    await expect(navigation.getByRole('link', { name: 'Mijn overzicht' })).toBeVisible();
    await expect(navigation.getByRole('link', { name: 'Organisaties' })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.goto('/relaties/organisaties');
    await expect(pageHeading(page)).toHaveText('Geen toegang');
    await expect(page.getByText('Uw rollen: BI-lezer.')).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Naar Mijn overzicht' }).click();
    await expect(pageHeading(page)).toHaveText('Mijn overzicht');
  });

  test('an address that does not exist gets "Pagina niet gevonden"', async ({ page }) => {
    await logIn(page, 'medewerker', '/bestaat-niet');
    await expect(pageHeading(page)).toHaveText('Pagina niet gevonden');
    await expectNoAxeViolations(page);
  });
});
