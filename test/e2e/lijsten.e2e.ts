import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations, logIn } from './support/app.js';
import { callApi } from './support/server.js';

const table = (page: Page) => page.getByRole('table', { name: 'Organisaties' });
const firstName = (page: Page) => table(page).getByRole('rowheader').first();
const displayedRows = (page: Page) => page.getByText(/^\d[\d.]*–[\d.]+ van /);

/** Clicks a paging button and returns how long it took until the new page's rows showed. */
async function turnPage(page: Page, button: 'Volgende pagina' | 'Vorige pagina'): Promise<number> {
  const before = await firstName(page).textContent();
  const started = Date.now();
  await page.getByRole('button', { name: button }).click();
  await expect(firstName(page)).not.toHaveText(before ?? '');
  await expect(table(page)).toHaveAttribute('aria-busy', 'false');
  return Date.now() - started;
}

test.describe('Lijsten met veel relaties', () => {
  test('the organisations list pages through more than 10 000 organisations smoothly', async ({ page }) => {
    // Beyond 1 000 matches the API estimates the total; the list then says "ongeveer".
    const { body } = await callApi<{ totalIsExact: boolean }>('accountmanager', 'GET', '/organisations?pageSize=1');
    const of = body.totalIsExact ? 'van [1-9]' : 'van ongeveer [1-9]';
    await logIn(page, 'accountmanager', '/relaties/organisaties');
    await expect(table(page).getByRole('row')).toHaveCount(26);
    await expect(displayedRows(page)).toHaveText(new RegExp(`^1–25 ${of}`));

    const timings = [];
    for (let i = 0; i < 5; i++) timings.push(await turnPage(page, 'Volgende pagina'));
    await expect(page).toHaveURL(/pagina=6/);
    await expect(displayedRows(page)).toHaveText(/^126–150 van /);
    timings.push(await turnPage(page, 'Vorige pagina'));
    await expect(page).toHaveURL(/pagina=5/);
    test.info().annotations.push({ type: 'page turns (ms)', description: timings.join(', ') });
    // A page turn stays well under a second on a developer machine; the bound leaves room for CI.
    for (const ms of timings) expect(ms).toBeLessThan(3_000);

    // 100 per page, then deep into the list (the URL keeps the page: bookmarks and Back work).
    await page.getByRole('combobox', { name: 'Rijen per pagina' }).click();
    await page.getByRole('option', { name: '100' }).click();
    await expect(table(page).getByRole('row')).toHaveCount(101);
    await expect(displayedRows(page)).toHaveText(/^1–100 van /);
    await page.goto('/relaties/organisaties?per=100&pagina=100');
    await expect(displayedRows(page)).toHaveText(new RegExp(`^9\\.901–10\\.000 ${of}`));
    await expect(table(page).getByRole('row')).toHaveCount(101);
    await turnPage(page, 'Volgende pagina');
    await expect(displayedRows(page)).toHaveText(new RegExp(`^10\\.001–10\\.100 ${of}`));
    await expect(table(page).getByRole('row')).toHaveCount(101);
    await expect(page.getByRole('button', { name: 'Volgende pagina' })).toBeEnabled();
    await expectNoAxeViolations(page);

    // Sorting on a column works across all of them.
    await page.goto('/relaties/organisaties');
    await table(page).getByRole('button', { name: /Plaats/ }).click();
    await expect(table(page).getByRole('columnheader', { name: /Plaats/ })).toHaveAttribute('aria-sort', 'ascending');
    await expect(page).toHaveURL(/sorteer=city/);
    await expectNoAxeViolations(page);
  });

  test('filters narrow the list and Exporteren downloads exactly what is shown', async ({ page }) => {
    await logIn(page, 'accountmanager', '/relaties/organisaties');
    const filters = page.getByRole('search', { name: 'Filters voor de lijst' });
    await filters.getByRole('textbox', { name: 'Plaats' }).fill('Rosmalen');
    await filters.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Prospect' });
    await filters.getByRole('combobox', { name: 'Eigenaar' }).selectOption({ label: 'Mijn relaties' });
    await expect(page).toHaveURL(/plaats=Rosmalen/);
    await expect(page).toHaveURL(/status=prospect/);
    await expect(table(page).getByRole('row').nth(1)).toContainText('Rosmalen');
    await expect(table(page).getByRole('row').nth(1)).toContainText('Prospect');
    await expect(table(page).getByRole('row').nth(1)).toContainText('Anna de Vries');
    await expect(table(page)).toHaveAttribute('aria-busy', 'false');
    const shown = /van (ongeveer )?([\d.]+)$/.exec((await displayedRows(page).textContent()) ?? '');
    expect(shown).not.toBeNull();

    await filters.getByRole('button', { name: 'Exporteren' }).click();
    const menu = page.getByRole('menu', { name: 'Exporteren' });
    await expect(menu).toBeVisible();
    await expectNoAxeViolations(page);
    const download = page.waitForEvent('download');
    await menu.getByRole('menuitem', { name: 'CSV (Excel-compatibel)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^organisaties-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...rows] = readFileSync(await file.path(), 'utf8').trim().split(/\r?\n/);
    expect(header).toContain('Naam');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/Rosmalen.*Prospect.*Anna de Vries/);
    // An exact total (up to 1 000 matches) is exactly the number of rows exported.
    if (!shown?.[1]) expect(rows).toHaveLength(Number(shown?.[2]?.replace(/\./g, '')));
    await expect(page.getByText(`Export klaar: ${rows.length} rijen.`)).toBeVisible();

    await filters.getByRole('button', { name: 'Filters wissen' }).click();
    await expect(page).toHaveURL(/\/relaties\/organisaties$/);
    await expect(filters.getByRole('textbox', { name: 'Plaats' })).toHaveValue('');
  });
});
