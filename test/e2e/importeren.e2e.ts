import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, guideScreenshot, logIn, pageHeading, uniqueName } from './support/app.js';
import { callApi } from './support/server.js';

/** A small sheet as Dutch Excel saves it: semicolons, a byte order mark. */
function sheet(company: string): Buffer {
  const rows = [
    'Bedrijfsnaam;KvK-nummer;Postcode;Plaats;Voornaam;Achternaam;E-mail contactpersoon;Functie;Opmerking',
    `${company};;5211 JX;'s-Hertogenbosch;Lotte;Verbeek;lotte.${Date.now()}@voorbeeld.nl;Inkoper;vaste klant`,
    `${company} Vught;;5261 AB;Vught;;;;;`,
    `Foute Postcode BV;;ABCDE;Oss;;;;;`,
  ];
  return Buffer.from(`\uFEFF${rows.join('\r\n')}\r\n`, 'utf8');
}

test.describe('Importeren', () => {
  test('a functional administrator imports a small sheet: file, mapping, dry run, run', async ({ page }) => {
    // Four steps, each checked with axe, and a background job to wait for.
    test.setTimeout(180_000);
    const company = uniqueName('Importbakkerij');
    await logIn(page, 'functioneel-beheerder');

    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Importeren' }).click();
    await expect(pageHeading(page)).toHaveText('Importeren');
    await expect(page.getByRole('list', { name: 'Stappen van de import' })).toBeVisible();
    await expectNoAxeViolations(page);
    await guideScreenshot(page, '20-importeren-bestand');

    // "Bestand kiezen" opens the file chooser; the drop zone does the same with a dragged file.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Bestand kiezen' }).click();
    await (await chooser).setFiles({ name: 'relaties.csv', mimeType: 'text/csv', buffer: sheet(company) });

    await expect(page.getByRole('heading', { name: 'Koppel de kolommen' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Veld voor kolom Bedrijfsnaam' })).toHaveValue('organisation.name');
    await expect(page.getByRole('combobox', { name: 'Veld voor kolom Opmerking' })).toHaveValue('');
    await page.getByRole('combobox', { name: 'Veld voor kolom Opmerking' }).selectOption({ label: 'Tags' });
    await expectNoAxeViolations(page);
    await guideScreenshot(page, '21-importeren-koppelen');

    await page.getByRole('button', { name: 'Proefimport starten' }).click();
    await expect(page.getByRole('heading', { name: 'Resultaat van de proefimport' })).toBeVisible();
    await expect(page.getByText('3 rijen: 2 nieuw, 0 bijwerken, 0 overslaan, 1 met fouten')).toBeVisible();
    const rows = page.getByRole('table', { name: 'Rijen van de proefimport' });
    await expect(rows.getByRole('row').filter({ hasText: 'Foute Postcode BV' })).toContainText('Postcode: Vul een Nederlandse postcode in');
    await expectNoAxeViolations(page);
    await guideScreenshot(page, '22-importeren-proefimport');

    await page.getByRole('combobox', { name: 'Toon rijen' }).selectOption({ label: 'Fout' });
    await expect(rows.getByRole('row')).toHaveCount(2);

    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    await expect(page.getByText('De import is klaar.')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText('3 van 3 rijen verwerkt')).toBeVisible();
    await expectNoAxeViolations(page);
    await guideScreenshot(page, '23-importeren-klaar');

    // The records exist, made by the same use cases as the screens.
    const { body: found } = await callApi<{ items: { name: string }[] }>('accountmanager', 'GET', `/organisations?q=${encodeURIComponent(company)}`);
    expect(found.items.map((item) => item.name).sort()).toEqual([company, `${company} Vught`]);

    // The import is listed with its results, and opens again at its last step.
    await page.goto('/importeren');
    const earlier = page.getByRole('table', { name: 'Eerdere imports' });
    await expect(earlier.getByRole('row').nth(1)).toContainText('2 nieuw, 0 bijgewerkt, 0 overgeslagen, 1 mislukt');
    await earlier.getByRole('link', { name: 'relaties.csv' }).first().click();
    await expect(page.getByText('De import is klaar.')).toBeVisible();
  });

  test('is not offered to an account manager', async ({ page }) => {
    await logIn(page, 'accountmanager');
    await expect(page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Importeren' })).toHaveCount(0);
  });
});
