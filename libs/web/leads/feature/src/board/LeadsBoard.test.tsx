import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeApi, json, problem, renderRoutes } from '@gemeente-crm/web-testing';
import type { Lead, LeadBoard, Pipeline } from '@gemeente-crm/web-leads-data-access';
import { leadsRoutes } from '../routes';

const STAGES = [
  { id: '00000000-0000-4000-8000-000000000001', name: 'Nieuw', position: 0, defaultProbability: 10, requiredFields: [] },
  { id: '00000000-0000-4000-8000-000000000002', name: 'Verkennen', position: 1, defaultProbability: 25, requiredFields: [] },
  { id: '00000000-0000-4000-8000-000000000003', name: 'Voorstel', position: 2, defaultProbability: 50, requiredFields: ['expectedValueCents', 'expectedDecisionDate'] },
] satisfies Pipeline['stages'];

const PIPELINE: Pipeline = {
  id: '00000000-0000-4000-8000-0000000000aa',
  name: 'Bedrijfsvestiging',
  department: 'Economische Zaken',
  stages: STAGES,
  version: 1,
  createdAt: '2026-01-01T09:00:00.000Z',
  updatedAt: '2026-01-01T09:00:00.000Z',
};

const LEAD: Lead = {
  id: '00000000-0000-4000-8000-0000000000bb',
  title: 'Distributiecentrum',
  relation: { objectType: 'organisation', objectId: '00000000-0000-4000-8000-0000000000cc', name: 'Logistiek Brabant' },
  source: null,
  owner: { id: 'u-1', name: 'Anna de Vries' },
  expectedValueCents: null,
  probability: 10,
  expectedDecisionDate: null,
  nextAction: null,
  nextActionDate: null,
  notes: null,
  pipeline: { id: PIPELINE.id, name: PIPELINE.name },
  stage: { id: STAGES[0]!.id, name: 'Nieuw' },
  stageEnteredAt: '2026-01-02T09:00:00.000Z',
  status: 'open',
  won: null,
  lostReason: null,
  closedAt: null,
  createdBy: { id: 'u-1', name: 'Anna de Vries' },
  version: 3,
  createdAt: '2026-01-02T09:00:00.000Z',
  updatedAt: '2026-01-02T09:00:00.000Z',
};

function board(lead: Lead = LEAD): LeadBoard {
  return {
    pipeline: { id: PIPELINE.id, name: PIPELINE.name, department: PIPELINE.department, version: 1 },
    columns: STAGES.map((stage) => {
      const leads = lead.stage.id === stage.id ? [lead] : [];
      return { stage, count: leads.length, totalValueCents: leads.reduce((sum, item) => sum + (item.expectedValueCents ?? 0), 0), leads };
    }),
  };
}

function api() {
  return new FakeApi()
    .get('/api/v1/pipelines', { items: [PIPELINE] })
    .get('/api/v1/pipelines/:id/board', board())
    .get('/api/v1/lead-sources', { items: [] })
    .get('/api/v1/lead-lost-reasons', { items: [{ code: 'geen-budget', label: 'Geen budget', active: true, version: 1 }] });
}

describe('leads board', () => {
  it('shows a column per stage with the number of cards and their total value', async () => {
    renderRoutes({ routes: leadsRoutes, path: '/leads', api: api() });
    const columns = await screen.findAllByTestId('stage-column');
    expect(columns.map((column) => within(column).getByRole('heading', { level: 2 }).textContent)).toEqual(['Nieuw', 'Verkennen', 'Voorstel']);
    expect(within(columns[0]!).getByText(/1 lead · Totaal/)).toBeInTheDocument();
    expect(within(columns[1]!).getByText('Geen leads in deze fase')).toBeInTheDocument();
  });

  it('names each card control after what it shows, so speech users can say what they see', async () => {
    renderRoutes({ routes: leadsRoutes, path: '/leads', api: api() });
    // The drag handle: the title, then everything the card body shows (WCAG 2.5.3 Label in Name).
    const handle = await screen.findByRole('button', { name: /^Distributiecentrum Logistiek Brabant/ });
    expect(handle).toHaveAccessibleName('Distributiecentrum Logistiek Brabant — · 10% Anna de Vries');
    // The menu button starts with its visible text "Verplaatsen naar…".
    const moveButton = screen.getByRole('button', { name: /^Verplaatsen naar.*Distributiecentrum$/ });
    expect(moveButton).toHaveTextContent('Verplaatsen naar…');
    expect(moveButton).toHaveAccessibleName('Verplaatsen naar een andere fase: Distributiecentrum');
  });

  it('moves a card with the keyboard through "Verplaatsen naar…", sending If-Match', async () => {
    const fake = api().on('POST', '/api/v1/leads/:id/move', () => json({ ...LEAD, stage: { id: STAGES[1]!.id, name: 'Verkennen' }, version: 4 }));
    const { user } = renderRoutes({ routes: leadsRoutes, path: '/leads', api: fake });
    const moveButton = await screen.findByRole('button', { name: 'Verplaatsen naar een andere fase: Distributiecentrum' });
    moveButton.focus();
    await user.keyboard('{Enter}');
    const menu = await screen.findByRole('menu');
    expect(within(menu).getAllByRole('menuitem').map((item) => item.textContent)).toEqual(['Verkennen', 'Voorstel']);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(fake.calls('POST', `/api/v1/leads/${LEAD.id}/move`)).toHaveLength(1));
    const [call] = fake.calls('POST', `/api/v1/leads/${LEAD.id}/move`);
    expect(call!.body).toEqual({ stageId: STAGES[1]!.id });
    expect(call!.headers.get('if-match')).toBe('"3"');
    expect(await screen.findByText('"Distributiecentrum" staat nu in Verkennen.')).toBeInTheDocument();
  });

  it('shows the recomputed score shortly after a move, without a reload', async () => {
    // The background job stores the new score a second after the move commits.
    let movedAt = Infinity;
    const fake = api()
      .get('/api/v1/lead-scores', () => json({ items: [{ leadId: LEAD.id, score: Date.now() - movedAt > 1_000 ? 55 : 40, modelVersion: 1 }] }))
      .on('POST', '/api/v1/leads/:id/move', () => {
        movedAt = Date.now();
        return json({ ...LEAD, stage: { id: STAGES[1]!.id, name: 'Verkennen' }, version: 4 });
      });
    const { user } = renderRoutes({ routes: leadsRoutes, path: '/leads', api: fake });
    expect(await screen.findByRole('button', { name: /^Score 40 van 100/ })).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Verplaatsen naar een andere fase: Distributiecentrum' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Verkennen' }));
    expect(await screen.findByRole('button', { name: /^Score 55 van 100/ }, { timeout: 5_000 })).toBeInTheDocument();
  });

  it('asks for exactly the fields a stage requires, then retries the move with them', async () => {
    const fake = api()
      .on('POST', '/api/v1/leads/:id/move', () => json({ ...LEAD, stage: { id: STAGES[2]!.id, name: 'Voorstel' }, version: 4 }))
      .on(
        'POST',
        '/api/v1/leads/:id/move',
        () =>
          problem(422, {
            code: 'stage-requirements-unmet',
            detail: 'Vul eerst de velden in die de fase "Voorstel" vereist.',
            errors: [
              { field: 'expectedValueCents', code: 'expectedValueCents.required-by-stage', message: 'De fase "Voorstel" vereist de verwachte waarde.' },
              { field: 'expectedDecisionDate', code: 'expectedDecisionDate.required-by-stage', message: 'De fase "Voorstel" vereist de verwachte beslisdatum.' },
            ],
          }),
        { once: true },
      );
    const { user } = renderRoutes({ routes: leadsRoutes, path: '/leads', api: fake });
    await user.click(await screen.findByRole('button', { name: 'Verplaatsen naar een andere fase: Distributiecentrum' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Voorstel' }));

    const dialog = await screen.findByRole('dialog', { name: 'Gegevens nodig voor Voorstel' });
    const inputs = within(dialog).getAllByRole('textbox');
    expect(inputs).toHaveLength(1);
    expect(within(dialog).getByLabelText(/Verwachte waarde/)).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/Verwachte beslisdatum/)).toBeInTheDocument();
    expect(within(dialog).queryByLabelText(/Volgende actie/)).not.toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Opslaan en verplaatsen' }));
    expect(within(dialog).getAllByText('Vul dit veld in.')).toHaveLength(2);

    await user.type(within(dialog).getByLabelText(/Verwachte waarde/), '125.000');
    await user.type(within(dialog).getByLabelText(/Verwachte beslisdatum/), '2026-12-01');
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan en verplaatsen' }));

    await waitFor(() => expect(fake.calls('POST', `/api/v1/leads/${LEAD.id}/move`)).toHaveLength(2));
    expect(fake.calls('POST', `/api/v1/leads/${LEAD.id}/move`)[1]!.body).toEqual({
      stageId: STAGES[2]!.id,
      fields: { expectedValueCents: 12_500_000, expectedDecisionDate: '2026-12-01' },
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('marks a lead lost only with a reason from the list', async () => {
    const fake = api().on('POST', '/api/v1/leads/:id/lose', () => json({ ...LEAD, status: 'lost', version: 4 }));
    const { user } = renderRoutes({ routes: leadsRoutes, path: '/leads', api: fake });
    await user.click(await screen.findByRole('button', { name: 'Acties voor Distributiecentrum' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Verloren…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Lead verloren' });
    await user.click(within(dialog).getByRole('button', { name: 'Verloren markeren' }));
    expect(within(dialog).getByText('Vul dit veld in.')).toBeInTheDocument();
    expect(fake.calls('POST', `/api/v1/leads/${LEAD.id}/lose`)).toHaveLength(0);
    await user.click(within(dialog).getByRole('combobox', { name: /Reden/ }));
    await user.click(await screen.findByRole('option', { name: 'Geen budget' }));
    await user.click(within(dialog).getByRole('button', { name: 'Verloren markeren' }));
    await waitFor(() => expect(fake.calls('POST', `/api/v1/leads/${LEAD.id}/lose`)).toHaveLength(1));
    expect(fake.calls('POST', `/api/v1/leads/${LEAD.id}/lose`)[0]!.body).toEqual({ reasonCode: 'geen-budget' });
  });
});
