import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, guideScreenshot, logIn, pageHeading, uniqueName } from './support/app.js';
import { callApi } from './support/server.js';

const FIXTURE = join(process.cwd(), 'test/fixtures/email/offerte-terras.eml');

test.describe('Documenten en e-mail', () => {
  test('an account manager adds an e-mail to an organisation, sees it on the Tijdlijn with its attachment, downloads the attachment, and finds the documents', async ({ page }) => {
    // Four screens with an axe check each, and three uploads: more than the default minute on a busy machine.
    test.slow();
    const name = uniqueName('Bakkerij Van Dijk');
    const { body: organisation } = await callApi<{ id: string }>('accountmanager', 'POST', '/organisations', { body: { name } });
    await logIn(page, 'accountmanager', `/relaties/organisaties/${organisation.id}`);
    await expect(pageHeading(page)).toHaveText(name);

    await page.getByRole('button', { name: 'E-mail toevoegen' }).click();
    const dialog = page.getByRole('dialog', { name: `E-mail toevoegen aan ${name}` });
    await expect(dialog.getByRole('group', { name: 'E-mails toevoegen' })).toBeVisible();
    await expectNoAxeViolations(page);
    await dialog.locator('input[type="file"]').setInputFiles({ name: 'offerte-terras.eml', mimeType: 'message/rfc822', buffer: readFileSync(FIXTURE) });
    const result = dialog.getByRole('listitem').filter({ hasText: 'offerte-terras.eml' });
    await expect(result).toContainText('Toegevoegd');
    await expect(result).toContainText('Bijlagen: offerte-terras.pdf');
    await expect(result).toContainText('Niet bewaard: korting.exe');
    await expectNoAxeViolations(page);
    await guideScreenshot(page, '10-email-toevoegen');
    await dialog.getByRole('button', { name: 'Sluiten' }).click();

    await page.getByRole('tab', { name: 'Tijdlijn' }).click();
    const email = page.getByRole('list', { name: 'Tijdlijn' }).getByRole('listitem').filter({ hasText: 'Offerte terrasuitbreiding' });
    await expect(email).toContainText('E-mail');
    await expect(email).toContainText('Piet Bakker aan Anna de Vries');
    await expectNoAxeViolations(page);
    await guideScreenshot(page, '11-tijdlijn-email');
    const downloading = page.waitForEvent('download');
    await email.getByRole('button', { name: 'Bijlage offerte-terras.pdf downloaden' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('offerte-terras.pdf');

    await page.getByRole('tab', { name: 'Documenten' }).click();
    const table = page.getByRole('table', { name: 'Documenten' });
    await expect(table.getByRole('row')).toHaveCount(3);
    await expect(table).toContainText('offerte-terras.pdf');
    await expect(table).toContainText('offerte-terras.eml');
    await expectNoAxeViolations(page);
    await guideScreenshot(page, '12-documenten');
  });
});
