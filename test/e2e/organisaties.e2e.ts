import { expect, type Page, test } from '@playwright/test';
import { dismissNotice, expectNoAxeViolations, guideScreenshot, logIn, pageHeading, settle } from './support/app.js';
import { callApi } from './support/server.js';

interface Organisation {
  id: string;
  name: string;
  phone: string | null;
  email: string | null;
  version: number;
}

/** An organisation made through the API by the account manager (owner), as another application would. */
async function organisationFromApi(name: string, fields: Record<string, unknown> = {}): Promise<Organisation> {
  const me = await callApi<{ id: string }>('accountmanager', 'GET', '/me');
  const { body } = await callApi<Organisation>('accountmanager', 'POST', '/organisations', {
    body: { name, visitingAddress: { street: 'Markt', houseNumber: '1', postcode: '5211 JX', city: "'s-Hertogenbosch" }, status: 'actief', ownerId: me.body.id, ...fields },
  });
  return body;
}

/** The organisation (with that name) when it exists, else a new one: the tests may run against a server that ran them before. */
async function ensureOrganisation(name: string, fields: Record<string, unknown> = {}): Promise<Organisation> {
  const { body } = await callApi<{ items: Organisation[] }>('accountmanager', 'GET', `/organisations?q=${encodeURIComponent(name)}&pageSize=100`);
  return body.items.find((item) => item.name === name) ?? organisationFromApi(name, fields);
}

/** The organisations table's link to `name`. */
function rowLink(page: Page, name: string) {
  return page.getByRole('table', { name: 'Organisaties' }).getByRole('link', { name, exact: true });
}

test.describe('Relaties: organisaties', () => {
  test('an account manager finds an organisation by part of its name, edits it and sees the change with its reason under Geschiedenis', async ({ page }) => {
    // Two breweries among the 10 000 organisations; the user knows the name only in part.
    const target = await ensureOrganisation('Stadsbrouwerij De Binnendieze', { phone: '073 614 0000', relationTypes: ['leverancier'], tags: ['horeca'] });
    await ensureOrganisation('Brouwerij Het Kruisstraatje', { visitingAddress: { street: 'Kruisstraat', houseNumber: '20', postcode: '5211 DT', city: "'s-Hertogenbosch" } });
    await logIn(page, 'accountmanager');

    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Organisaties' }).click();
    await expect(pageHeading(page)).toHaveText('Relaties: Organisaties');
    await expect(page.getByRole('table', { name: 'Organisaties' }).getByRole('row')).toHaveCount(26);
    await expectNoAxeViolations(page);

    // Search as you type: no button to press.
    const search = page.getByRole('search', { name: 'Filters voor de lijst' }).getByRole('searchbox', { name: 'Zoeken' });
    await search.pressSequentially('brouwerij', { delay: 60 });
    await expect(page).toHaveURL(/zoek=brouwerij/);
    const links = page.getByRole('table', { name: 'Organisaties' }).getByRole('link');
    await expect(links).toHaveText(['Brouwerij Het Kruisstraatje', target.name]);
    await expect(page.getByText('1–2 van 2')).toBeVisible();
    await expectNoAxeViolations(page);
    await guideScreenshot(page, '02-relaties-zoeken');

    await rowLink(page, target.name).click();
    await expect(pageHeading(page)).toHaveText(target.name);
    await expect(page.getByRole('tab', { name: 'Overzicht', selected: true })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Bewerken' }).click();
    await expect(pageHeading(page)).toHaveText(`${target.name} bewerken`);
    const phone = page.getByLabel('Telefoonnummer');
    await expect(phone).toHaveValue(target.phone ?? '');
    await phone.fill('073 612 3456');
    await page.getByLabel('Reden van de wijziging (optioneel)').fill('Nieuw telefoonnummer doorgegeven door de receptie');
    await expectNoAxeViolations(page);
    await phone.scrollIntoViewIfNeeded();
    await guideScreenshot(page, '04-organisatie-bewerken');
    await page.getByRole('button', { name: 'Opslaan' }).click();

    await expect(page.getByText('De wijzigingen zijn opgeslagen.')).toBeVisible();
    await expect(pageHeading(page)).toHaveText(target.name);
    await expect(page.getByRole('link', { name: '073 612 3456' })).toBeVisible();

    await page.getByRole('tab', { name: 'Geschiedenis' }).click();
    await expect(page.getByRole('heading', { name: 'Geschiedenis', level: 2 })).toBeVisible();
    const latest = page.getByRole('list', { name: 'Geschiedenis' }).getByRole('listitem').first();
    await expect(latest).toContainText('Gewijzigd');
    await expect(latest).toContainText('Anna de Vries');
    await expect(latest).toContainText('Reden: Nieuw telefoonnummer doorgegeven door de receptie');
    const change = latest.getByRole('row', { name: /Telefoonnummer/ });
    await expect(change.getByRole('cell').last()).toHaveText('073 612 3456');
    await expect(change.getByRole('cell').first()).toHaveText(target.phone ?? '');
    await expectNoAxeViolations(page);
    await dismissNotice(page, 'De wijzigingen zijn opgeslagen.');
    await guideScreenshot(page, '05-geschiedenis');
  });

  test('creating an organisation shows a wrong KvK number next to the field, then saves', async ({ page }) => {
    const name = 'Fietsenmakerij De Spaak';
    await logIn(page, 'accountmanager', '/relaties/organisaties');
    await page.getByRole('link', { name: 'Nieuwe organisatie' }).click();
    await expect(pageHeading(page)).toHaveText('Nieuwe organisatie');
    await expectNoAxeViolations(page);

    await page.getByRole('textbox', { name: 'Naam', exact: true }).fill(name);
    const kvk = page.getByLabel('KvK-nummer');
    await kvk.fill('1234');
    await page.getByLabel('Straat').first().fill('Vughterstraat');
    await page.getByLabel('Huisnummer').first().fill('12');
    await page.getByLabel('Postcode').first().fill('5211 GK');
    await page.getByLabel('Plaats').first().fill("'s-Hertogenbosch");
    await page.getByLabel('Telefoonnummer').fill('073 123 4567');
    await page.getByRole('button', { name: 'Opslaan' }).click();

    const summary = page.getByRole('alert').filter({ hasText: 'Er is 1 probleem met uw invoer' });
    await expect(summary).toBeVisible();
    await expect(summary).toBeFocused();
    await expect(kvk).toHaveAttribute('aria-invalid', 'true');
    await expect(kvk).toHaveAccessibleDescription('Een KvK-nummer bestaat uit 8 cijfers.');
    await expectNoAxeViolations(page);
    await guideScreenshot(page, '03-organisatie-aanmaken');

    // The summary links to the field.
    await summary.getByRole('link', { name: /KvK-nummer/ }).click();
    await expect(kvk).toBeFocused();
    const kvkNumber = String(10_000_000 + Math.floor(Math.random() * 89_999_999));
    await kvk.fill(kvkNumber);
    await page.getByRole('button', { name: 'Opslaan' }).click();

    await expect(page.getByText(`${name} is aangemaakt.`)).toBeVisible();
    await expect(pageHeading(page)).toHaveText(name);
    await expect(page.getByText(`KvK-nummer ${kvkNumber}`)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('when a colleague changed the organisation meanwhile, the conflict dialog shows what changed and the user re-applies their change', async ({ page }) => {
    const name = 'Drukkerij Het Zegel';
    const organisation = await organisationFromApi(name, { phone: '073 100 2000', email: 'info@hetzegel.nl' });
    await logIn(page, 'accountmanager', `/relaties/organisaties/${organisation.id}/bewerken`);
    await expect(pageHeading(page)).toHaveText(`${name} bewerken`);
    await page.getByLabel('Telefoonnummer').fill('073 999 8888');
    await page.getByLabel('Reden van de wijziging (optioneel)').fill('Telefoonnummer gewijzigd');

    // Meanwhile a team leader changes the e-mail address.
    const current = await callApi<Organisation>('teamleider', 'GET', `/organisations/${organisation.id}`);
    await callApi('teamleider', 'PATCH', `/organisations/${organisation.id}`, {
      headers: { 'if-match': current.etag ?? '' },
      body: { email: 'post@hetzegel.nl', reason: 'Nieuw algemeen e-mailadres' },
    });

    await page.getByRole('button', { name: 'Opslaan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Iemand anders heeft dit record intussen gewijzigd' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('er is niets overschreven');
    const table = dialog.getByRole('table');
    await expect(table.getByRole('row', { name: /E-mailadres/ })).toContainText('Alleen door een ander gewijzigd');
    await expect(table.getByRole('row', { name: /E-mailadres/ })).toContainText('post@hetzegel.nl');
    await expect(table.getByRole('row', { name: /Telefoonnummer/ })).toContainText('Alleen door u gewijzigd');
    await expect(table.getByRole('row', { name: /Telefoonnummer/ })).toContainText('073 999 8888');
    await expectNoAxeViolations(page);
    await guideScreenshot(page, '06-conflict');

    await dialog.getByRole('button', { name: 'Nieuwe versie laden en mijn wijzigingen opnieuw toepassen' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'uw wijzigingen zijn opnieuw toegepast' })).toBeVisible();
    await expect(page.getByLabel('E-mailadres')).toHaveValue('post@hetzegel.nl');
    await expect(page.getByLabel('Telefoonnummer')).toHaveValue('073 999 8888');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Opslaan' }).click();

    await expect(page.getByText('De wijzigingen zijn opgeslagen.')).toBeVisible();
    await expect(pageHeading(page)).toHaveText(name);
    const saved = await callApi<Organisation>('accountmanager', 'GET', `/organisations/${organisation.id}`);
    expect(saved.body).toMatchObject({ phone: '073 999 8888', email: 'post@hetzegel.nl', version: 3 });
  });

  test('archiving asks for a reason; the organisation leaves the list and can be restored', async ({ page }) => {
    const name = 'Hoveniersbedrijf De Groene Vinger';
    const organisation = await organisationFromApi(name);
    await logIn(page, 'accountmanager', `/relaties/organisaties/${organisation.id}`);
    await expect(pageHeading(page)).toHaveText(name);

    await page.getByRole('button', { name: 'Archiveren' }).click();
    const dialog = page.getByRole('dialog', { name: `${name} archiveren` });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('textbox', { name: 'Reden' })).toBeFocused();
    await dialog.getByRole('button', { name: 'Archiveren' }).click();
    await expect(dialog.getByRole('textbox', { name: 'Reden' })).toHaveAccessibleDescription('Vul een reden in.');
    await expect(dialog.getByRole('textbox', { name: 'Reden' })).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);
    await dialog.getByRole('textbox', { name: 'Reden' }).fill('Bedrijf opgeheven volgens de KvK');
    await guideScreenshot(page, '07-archiveren');
    await dialog.getByRole('button', { name: 'Archiveren' }).click();

    await expect(dialog).toBeHidden();
    await expect(page.getByText(`${name} is gearchiveerd.`)).toBeVisible();
    await expect(page.getByText('Deze organisatie is gearchiveerd op')).toContainText('Reden: Bedrijf opgeheven volgens de KvK');
    await expect(page.getByRole('link', { name: 'Bewerken' })).toBeHidden();
    await expectNoAxeViolations(page);

    // Gone from the list, unless archived ones are asked for.
    await page.getByRole('link', { name: 'Relaties', exact: true }).click();
    const search = page.getByRole('searchbox', { name: 'Zoeken' });
    await search.fill(name);
    await expect(page.getByText('Geen resultaten gevonden.')).toBeVisible();
    const includeArchived = page.getByRole('switch', { name: 'Ook gearchiveerde tonen' });
    await includeArchived.click();
    await expect(includeArchived).toBeChecked();
    await expect(rowLink(page, name)).toBeVisible();
    await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('Gearchiveerd');
    await expectNoAxeViolations(page);

    await rowLink(page, name).click();
    await page.getByRole('button', { name: 'Herstellen' }).click();
    const restore = page.getByRole('dialog', { name: `${name} herstellen` });
    await restore.getByRole('textbox', { name: 'Reden' }).fill('Toch weer actief');
    await expectNoAxeViolations(page);
    await restore.getByRole('button', { name: 'Herstellen' }).click();
    await expect(restore).toBeHidden();
    await expect(page.getByText(`${name} is hersteld.`)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Bewerken' })).toBeVisible();

    await page.getByRole('tab', { name: 'Geschiedenis' }).click();
    const entries = page.getByRole('list', { name: 'Geschiedenis' }).getByRole('listitem');
    await expect(entries.nth(0)).toContainText('Hersteld');
    await expect(entries.nth(0)).toContainText('Reden: Toch weer actief');
    await expect(entries.nth(1)).toContainText('Gearchiveerd');
    await expect(entries.nth(1)).toContainText('Reden: Bedrijf opgeheven volgens de KvK');
    await settle(page);
    await expectNoAxeViolations(page);
  });
});
