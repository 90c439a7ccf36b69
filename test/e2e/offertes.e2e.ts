import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, guideScreenshot, logIn, pageHeading, uniqueName } from './support/app.js';
import { callApi } from './support/server.js';

/** A lead of its own (pipeline, organisation, lead), made through the API as another application would. */
async function leadForQuotes(): Promise<{ id: string; title: string }> {
  const { body: pipeline } = await callApi<{ id: string }>('functioneel-beheerder', 'POST', '/pipelines', {
    body: { name: uniqueName('Offertes'), department: 'Economische Zaken', stages: [{ name: 'Nieuw', defaultProbability: 10, requiredFields: [] }] },
  });
  const { body: organisation } = await callApi<{ id: string }>('accountmanager', 'POST', '/organisations', {
    body: { name: uniqueName('Bakkerij'), visitingAddress: { street: 'Markt', houseNumber: '1', postcode: '5211 JX', city: "'s-Hertogenbosch" } },
  });
  const { body: lead } = await callApi<{ id: string; title: string }>('accountmanager', 'POST', '/leads', {
    body: { pipelineId: pipeline.id, title: uniqueName('Nieuwe vestiging'), relation: { objectType: 'organisation', objectId: organisation.id } },
  });
  return lead;
}

test.describe('Leads: offertes', () => {
  test('an account manager makes a quote on a lead, generates its PDF and records that it was accepted', async ({ page }) => {
    test.setTimeout(120_000);
    const lead = await leadForQuotes();
    await logIn(page, 'accountmanager', `/leads/${lead.id}`);
    await expect(pageHeading(page)).toHaveText(lead.title);
    const quotes = page.getByRole('region', { name: 'Offertes bij deze lead' });
    await expect(quotes.getByText('Er zijn nog geen offertes bij deze lead.')).toBeVisible();

    await quotes.getByRole('button', { name: 'Nieuwe offerte' }).click();
    const editor = page.getByRole('region', { name: /^Offerte OF-\d{4}-\d{4}$/ });
    await expect(editor).toBeVisible();
    await editor.getByRole('button', { name: 'Regel toevoegen' }).click();
    await editor.getByRole('textbox', { name: 'Regel 1: Omschrijving' }).fill('Adviesgesprek vestiging');
    await editor.getByRole('textbox', { name: 'Regel 1: Aantal' }).fill('2');
    await editor.getByRole('textbox', { name: 'Regel 1: Prijs per eenheid (€, excl. btw)' }).fill('95');
    await editor.getByRole('button', { name: 'Regel toevoegen' }).click();
    await editor.getByRole('textbox', { name: 'Regel 2: Omschrijving' }).fill('Vergunningscheck');
    await editor.getByRole('textbox', { name: 'Regel 2: Aantal' }).fill('1,5');
    await editor.getByRole('textbox', { name: 'Regel 2: Prijs per eenheid (€, excl. btw)' }).fill('40');
    await editor.getByRole('combobox', { name: 'Regel 2: Btw' }).selectOption('9');
    const totals = editor.getByRole('region', { name: 'Totalen' });
    await expect(totals).toContainText('Btw 9% over € 60,00');
    await expect(totals).toContainText('€ 295,30');
    await expectNoAxeViolations(page);
    await guideScreenshot(page, '40-offerte-regels');

    await editor.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByText('De offerte is opgeslagen.')).toBeVisible();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Genereer PDF' }).click();
    expect((await download).suggestedFilename()).toMatch(/^Offerte OF-\d{4}-\d{4}\.pdf$/);
    await expect(page.getByRole('button', { name: /^Offerte OF-\d{4}-\d{4}\.pdf downloaden$/ })).toBeVisible();

    await page.getByRole('button', { name: 'Markeren als verzonden' }).click();
    await expect(page.getByText('Verzonden', { exact: true })).toBeVisible();
    await expect(page.getByText('Deze versie is verzonden')).toBeVisible();
    await page.getByRole('button', { name: 'Geaccepteerd…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox').fill('Akkoord per e-mail van de eigenaar');
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Geaccepteerd' }).click();
    await expect(page.getByText('De offerte is gemarkeerd als geaccepteerd.')).toBeVisible();
    await expect(page.getByText('Geaccepteerd', { exact: true })).toBeVisible();
    await expect(page.getByText('Deze offerte is geaccepteerd en staat vast.')).toBeVisible();
    await expectNoAxeViolations(page);
    await guideScreenshot(page, '41-offerte-geaccepteerd');

    await page.getByRole('button', { name: 'Terug naar de offertes' }).click();
    const row = quotes.getByRole('row').filter({ hasText: 'Geaccepteerd' });
    await expect(row).toContainText('€ 295,30');
  });
});
