import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, logIn, pageHeading, uniqueName } from './support/app.js';
import { callApi } from './support/server.js';

interface Organisation {
  id: string;
  name: string;
}

const ADDRESS = { street: 'Vughterstraat', houseNumber: '47', postcode: '5211 GB', city: "'s-Hertogenbosch" };

test.describe('Relaties: dubbelen samenvoegen', () => {
  // Four pages with an accessibility check each: more than the default minute on a busy machine.
  test.describe.configure({ timeout: 180_000 });

  test('an account manager finds a duplicate on the organisation page, merges it with a reason and sees the banner and the history', async ({ page }) => {
    // Same printing house twice, at the same postcode: once by name, once as the B.V. with a phone number.
    const name = uniqueName('Drukkerij Van Kessel');
    const { body: survivor } = await callApi<Organisation>('accountmanager', 'POST', '/organisations', { body: { name, visitingAddress: ADDRESS } });
    const { body: duplicate } = await callApi<Organisation>('accountmanager', 'POST', '/organisations', {
      body: { name: `${name} B.V.`, phone: '073 613 0000', visitingAddress: ADDRESS },
    });

    await logIn(page, 'accountmanager', `/relaties/organisaties/${survivor.id}`);
    await expect(pageHeading(page)).toHaveText(name);
    const candidates = page.getByRole('region', { name: 'Mogelijke dubbelen' });
    await expect(candidates).toContainText(`${name} B.V.`);
    await expect(candidates).toContainText('Vergelijkbare naam en zelfde postcode');
    await expectNoAxeViolations(page);

    await candidates.getByRole('link', { name: `Samenvoegen met ${name} B.V.` }).click();
    await expect(pageHeading(page)).toHaveText('Relaties samenvoegen');
    await expect(page.getByRole('radio', { name: `Behoud ${name}`, exact: true })).toBeChecked();
    const table = page.getByRole('table', { name: 'Gegevens die verschillen' });
    // The survivor has no phone number: the duplicate's is chosen by default.
    await expect(table.getByRole('radio', { name: `Telefoonnummer: 073 613 0000 (${name} B.V.)` })).toBeChecked();
    await expect(table.getByRole('radio', { name: `Naam: ${name} (${name})` })).toBeChecked();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Samenvoegen' }).click();
    await expect(page.getByText('Geef een reden op.')).toBeVisible();
    await page.getByRole('textbox', { name: /Reden van samenvoegen/ }).fill('Twee keer ingevoerd bij de balie');
    await page.getByRole('button', { name: 'Samenvoegen' }).click();

    // The survivor's history shows the merge and the duplicate's own history.
    await expect(page).toHaveURL(new RegExp(`/relaties/organisaties/${survivor.id}/geschiedenis$`));
    const history = page.getByRole('list', { name: 'Geschiedenis' });
    await expect(history.getByRole('listitem').first()).toContainText('Samengevoegd');
    await expect(history.getByRole('listitem').first()).toContainText('Twee keer ingevoerd bij de balie');
    await expect(history.getByRole('listitem').filter({ hasText: 'Aangemaakt' })).toHaveCount(2);
    await expectNoAxeViolations(page);

    // The merged record stays readable, read-only, and points to the survivor.
    await page.goto(`/relaties/organisaties/${duplicate.id}`);
    const banner = page.getByRole('status').filter({ hasText: 'Deze relatie is samengevoegd met' });
    await expect(banner.getByRole('link', { name })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Bewerken' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Herstellen' })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await banner.getByRole('link', { name }).click();
    await expect(pageHeading(page)).toHaveText(name);
    await expect(page.getByRole('link', { name: '073 613 0000' })).toBeVisible();
  });

  test('the list of likely duplicates is reachable from Relaties and accessible', async ({ page }) => {
    await logIn(page, 'accountmanager', '/relaties/organisaties');
    await expect(page.getByRole('link', { name: 'Mogelijke dubbelen' })).toHaveAttribute('href', '/relaties/dubbelen?soort=organisaties');
    await page.goto('/relaties/dubbelen?soort=organisaties');
    await expect(pageHeading(page)).toHaveText('Mogelijke dubbelen');
    await expect(page.getByRole('tab', { name: 'Organisaties', selected: true })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
