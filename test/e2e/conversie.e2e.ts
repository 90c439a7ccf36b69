import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, guideScreenshot, logIn, pageHeading, uniqueName } from './support/app.js';
import { callApi } from './support/server.js';

interface Pipeline {
  id: string;
  name: string;
  stages: { id: string; name: string }[];
}

/** A pipeline of its own with three leads: one won, one lost, one open in the second stage. */
async function pipelineWithLeads(): Promise<{ pipeline: Pipeline; openLead: { id: string; title: string } }> {
  const { body: pipeline } = await callApi<Pipeline>('functioneel-beheerder', 'POST', '/pipelines', {
    body: {
      name: uniqueName('Vestiging'),
      department: 'Economische Zaken',
      stages: [
        { name: 'Nieuw', defaultProbability: 10, requiredFields: [] },
        { name: 'Gesprek', defaultProbability: 40, requiredFields: [] },
        { name: 'Voorstel', defaultProbability: 70, requiredFields: [] },
      ],
    },
  });
  const stage = (name: string) => pipeline.stages.find((candidate) => candidate.name === name)!.id;
  const { body: organisation } = await callApi<{ id: string }>('accountmanager', 'POST', '/organisations', {
    body: { name: uniqueName('Groothandel'), legalForm: 'bv', sbiCodes: ['4690'], visitingAddress: { street: 'Markt', houseNumber: '1', postcode: '5211 JX', city: "'s-Hertogenbosch" } },
  });
  const lead = async (title: string, sourceCode: string) =>
    (
      await callApi<{ id: string; title: string }>('accountmanager', 'POST', '/leads', {
        body: { pipelineId: pipeline.id, title, relation: { objectType: 'organisation', objectId: organisation.id }, sourceCode, expectedValueCents: 5_000_000 },
      })
    ).body;
  const act = async (id: string, action: string, body: unknown) => {
    const current = await callApi('accountmanager', 'GET', `/leads/${id}`);
    await callApi('accountmanager', 'POST', `/leads/${id}/${action}`, { body, headers: { 'if-match': current.etag! } });
  };
  const won = await lead('Nieuw distributiecentrum', 'beurs');
  const lost = await lead('Kantoor aan de Markt', 'website');
  const open = await lead('Uitbreiding werkplaats', 'beurs');
  await act(won.id, 'move', { stageId: stage('Gesprek') });
  await act(won.id, 'move', { stageId: stage('Voorstel') });
  await act(won.id, 'win', { description: 'Kavel op De Brand', valueCents: 7_500_000 });
  await act(lost.id, 'lose', { reasonCode: 'geen-budget' });
  await act(open.id, 'move', { stageId: stage('Gesprek') });
  return { pipeline, openLead: open };
}

test.describe('Leads: conversie en score', () => {
  test('an account manager reads the funnel and win rates as charts with their tables, and a score with its explanation', async ({ page }) => {
    test.setTimeout(120_000);
    const { pipeline, openLead } = await pipelineWithLeads();
    await logIn(page, 'accountmanager');

    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Conversie' }).click();
    await expect(pageHeading(page)).toHaveText('Conversie');
    await page.getByRole('combobox', { name: 'Pijplijn' }).click();
    await page.getByRole('option').filter({ hasText: pipeline.name }).click();
    await expect(page).toHaveURL(new RegExp(`pijplijn=${pipeline.id}`));

    const funnel = page.getByRole('table', { name: 'Trechter per fase' });
    await expect(funnel.getByRole('rowheader')).toHaveText(['Nieuw', 'Gesprek', 'Voorstel']);
    await expect(funnel.getByRole('row').nth(2)).toContainText('66,7%');
    await expect(page.getByRole('table', { name: 'Bron' }).getByRole('rowheader')).toHaveText(['Beurs', 'Website']);
    await expectNoAxeViolations(page);
    await guideScreenshot(page, '30-conversie');

    // The board shows the score once the background job computed it (within seconds); its explanation opens from the card.
    await expect
      .poll(async () => (await callApi<{ items: { leadId: string }[] }>('accountmanager', 'GET', `/lead-scores?pipelineId=${pipeline.id}`)).body.items.map((item) => item.leadId), {
        timeout: 60_000,
      })
      .toContain(openLead.id);
    await page.goto(`/leads?pijplijn=${pipeline.id}`);
    const scoreButton = page.getByRole('button', { name: new RegExp(`^Score \\d+ van 100 voor ${openLead.title}`) });
    await expect(scoreButton).toBeVisible();
    await scoreButton.click();
    const dialog = page.getByRole('dialog', { name: /^Score \d+ van 100$/ });
    await expect(dialog.getByText(/fase ‘Gesprek’ \(slagingskans 40%\)/)).toBeVisible();
    await expect(dialog.getByText(/er wordt niets automatisch besloten/)).toBeVisible();
    await expectNoAxeViolations(page);
    await guideScreenshot(page, '31-score-uitleg');
  });
});
