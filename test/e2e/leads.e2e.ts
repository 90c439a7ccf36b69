import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations, logIn, pageHeading, settle, uniqueName } from './support/app.js';
import { callApi } from './support/server.js';

/** The board column of a stage. */
function column(page: Page, stage: string) {
  return page.getByRole('region', { name: stage });
}

test.describe('Leads', () => {
  // The account manager works in the pipeline the administrator configured in the first test.
  test.describe.configure({ mode: 'serial' });
  const pipelineName = uniqueName('Vestiging');

  test('a functional administrator configures a pipeline with stages and the fields a stage requires', async ({ page }) => {
    await logIn(page, 'functioneel-beheerder');
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Pijplijnen' }).click();
    await expect(pageHeading(page)).toHaveText('Pijplijnen');
    await page.getByRole('button', { name: 'Nieuwe pijplijn' }).click();
    await page.getByRole('textbox', { name: /^Naam\s*\*?$/ }).fill(pipelineName);
    await page.getByLabel('Afdeling').fill('Economische Zaken');
    await page.getByLabel(/Naam van fase 1/).fill('Nieuw');
    await page.getByRole('button', { name: 'Fase toevoegen' }).click();
    await page.getByLabel(/Naam van fase 2/).fill('Verkennen');
    await page.getByRole('button', { name: 'Fase toevoegen' }).click();
    await page.getByLabel(/Naam van fase 3/).fill('Voorstel');
    await page.getByRole('group', { name: 'Verplichte velden van fase 3' }).getByRole('checkbox', { name: 'Verwachte waarde (euro)' }).check();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Pijplijn opslaan' }).click();
    await expect(page.getByText(`Pijplijn "${pipelineName}" opgeslagen.`)).toBeVisible();
  });

  test('an account manager registers a lead, moves it by mouse and by keyboard, fills what a stage requires and wins it', async ({ page }) => {
    // Many steps, each with an axe check: more than the default minute on a busy machine.
    test.setTimeout(180_000);
    const organisation = uniqueName('Logistiek Brabant');
    await callApi('accountmanager', 'POST', '/organisations', { body: { name: organisation, status: 'prospect' } });
    await logIn(page, 'accountmanager');
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Leads' }).click();
    await expect(pageHeading(page)).toHaveText('Leads');
    await page.getByLabel('Pijplijn').click();
    await page.getByRole('option', { name: new RegExp(pipelineName) }).click();
    await expect(column(page, 'Nieuw')).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Nieuwe lead' }).click();
    const create = page.getByRole('dialog', { name: 'Nieuwe lead' });
    await create.getByLabel('Titel').fill('Distributiecentrum De Rietvelden');
    await create.getByLabel('Organisatie').pressSequentially(organisation.slice(0, 12), { delay: 30 });
    await page.getByRole('option', { name: organisation }).click();
    await expectNoAxeViolations(page);
    await create.getByRole('button', { name: 'Lead aanmaken' }).click();
    await expect(column(page, 'Nieuw').getByRole('link', { name: 'Distributiecentrum De Rietvelden' })).toBeVisible();

    // By mouse: drag the card to Verkennen.
    const handle = () => page.getByRole('button', { name: new RegExp(`^Distributiecentrum De Rietvelden ${organisation}`) });
    const source = await handle().boundingBox();
    const target = await column(page, 'Verkennen').boundingBox();
    if (!source || !target) throw new Error('board not laid out');
    await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
    await page.mouse.down();
    await page.mouse.move(source.x + source.width / 2 + 20, source.y + source.height / 2, { steps: 5 });
    await page.mouse.move(target.x + target.width / 2, target.y + 80, { steps: 10 });
    await page.mouse.up();
    await expect(column(page, 'Verkennen').getByRole('link', { name: 'Distributiecentrum De Rietvelden' })).toBeVisible();

    // By keyboard: pick up, arrow right to Voorstel, drop; the stage asks for the expected value.
    await handle().focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    const requirements = page.getByRole('dialog', { name: 'Gegevens nodig voor Voorstel' });
    await expect(requirements).toBeVisible();
    await expectNoAxeViolations(page);
    await requirements.getByLabel(/Verwachte waarde/).fill('125000');
    await requirements.getByRole('button', { name: 'Opslaan en verplaatsen' }).click();
    await expect(column(page, 'Voorstel').getByRole('link', { name: 'Distributiecentrum De Rietvelden' })).toBeVisible();
    await expect(column(page, 'Voorstel').getByText(/Totaal\s€\s?125\.000/)).toBeVisible();

    // Won, from the card's actions.
    await page.getByRole('button', { name: 'Acties voor Distributiecentrum De Rietvelden' }).click();
    await page.getByRole('menuitem', { name: 'Gewonnen…' }).click();
    const won = page.getByRole('dialog', { name: 'Lead gewonnen' });
    await won.getByLabel('Wat is er gewonnen?').fill('Vestiging met 80 banen');
    await expectNoAxeViolations(page);
    await won.getByRole('button', { name: 'Gewonnen markeren' }).click();
    await expect(column(page, 'Voorstel').getByRole('link', { name: 'Distributiecentrum De Rietvelden' })).toHaveCount(0);

    // The lead's page shows the result and its stage history.
    await page.goto('/leads/lijst?status=won');
    await settle(page);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Distributiecentrum De Rietvelden' }).first().click();
    await expect(pageHeading(page)).toHaveText('Distributiecentrum De Rietvelden');
    await expect(page.getByText('Gewonnen: Vestiging met 80 banen')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Fasegeschiedenis' }).getByText('Verkennen → Voorstel')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('an account manager sorts the list by score and adds a task on the best lead’s page', async ({ page }) => {
    await logIn(page, 'accountmanager');
    await page.goto('/leads/lijst?status=open');
    await settle(page);
    const table = page.getByRole('table', { name: 'Lijst van leads' });
    // First click: lowest first; second: highest first. Leads without a score stay last either way.
    await table.getByRole('button', { name: 'Score' }).click();
    await expect(page).toHaveURL(/sorteer=score/);
    await table.getByRole('button', { name: 'Score' }).click();
    await expect(page).toHaveURL(/sorteer=-score/);
    await expect(table.getByRole('columnheader', { name: 'Score' })).toHaveAttribute('aria-sort', 'descending');
    await settle(page);
    await expectNoAxeViolations(page);
    const first = table.getByRole('row').nth(1);
    const title = (await first.getByRole('link').first().textContent()) ?? '';
    await first.getByRole('link').first().click();
    await expect(pageHeading(page)).toHaveText(title);

    const tasks = page.getByRole('region', { name: 'Taken' });
    await tasks.getByRole('button', { name: 'Taak toevoegen' }).click();
    const dialog = page.getByRole('dialog', { name: `Taak toevoegen voor ${title}` });
    await dialog.getByRole('textbox', { name: /^Taak/ }).fill('Bouwtekening opvragen');
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(tasks.getByRole('rowheader', { name: 'Bouwtekening opvragen' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
