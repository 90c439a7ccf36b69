import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeApi, json, problem, renderRoutes } from '@gemeente-crm/web-testing';
import { scoringRoutes } from './routes';
import type { ScoringModel } from './useScoringModel';

const MODEL: ScoringModel = {
  version: 3,
  source: 'beheerder',
  createdAt: '2026-11-20T09:00:00.000Z',
  createdBy: 'u-9',
  reason: 'Meer nadruk op contact',
  targets: { sectors: ['C', 'G'], postcodeAreas: ['52'], cities: ["'s-Hertogenbosch"] },
  factors: [
    { id: 'recentContact', group: 'engagement', groupLabel: 'Betrokkenheid', label: 'Recent contact', dataUsed: ['aantal contactmomenten in de laatste 30 dagen'], computation: 'Aantal gedeeld door 4, ten hoogste 1.', direction: 'positive', defaultWeight: 15, weight: 30 },
    { id: 'timeInStage', group: 'stage', groupLabel: 'Fase en ouderdom', label: 'Tijd in fase', dataUsed: ['datum waarop de lead in de fase kwam'], computation: 'Na 30 dagen oplopend.', direction: 'negative', defaultWeight: 10, weight: 10 },
  ],
  sbiSections: [],
};

describe('Leadscore (model and weights)', () => {
  it('shows every factor with the data it uses and how it is computed, read-only for account managers', async () => {
    renderRoutes({ routes: scoringRoutes, path: '/leadscore', api: new FakeApi().get('/api/v1/lead-scoring/model', MODEL) });
    const table = await screen.findByRole('table', { name: 'Factoren' });
    expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Recent contactBetrokkenheid · verhoogt de score', 'Tijd in faseFase en ouderdom · verlaagt de score']);
    expect(within(table).getByText('Aantal gedeeld door 4, ten hoogste 1.')).toBeInTheDocument();
    expect(screen.getByText(/er wordt niets automatisch besloten/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /Gewicht/ })).not.toBeInTheDocument();
  });

  it('lets the functional administrator save weights with If-Match and a reason, showing field errors next to the fields', async () => {
    const fake = new FakeApi()
      .get('/api/v1/lead-scoring/model', MODEL)
      .on('PUT', '/api/v1/lead-scoring/model', () => json({ ...MODEL, version: 4 }))
      .on(
        'PUT',
        '/api/v1/lead-scoring/model',
        () =>
          problem(422, {
            code: 'validation-failed',
            errors: [
              { field: 'weights.recentContact', code: 'weight.out-of-range', message: 'Het gewicht moet een geheel getal van 0 tot en met 100 zijn.' },
              { field: 'reason', code: 'reason.required', message: 'Geef een reden op; die wordt vastgelegd in de audit trail.' },
            ],
          }),
        { once: true },
      );
    const { user } = renderRoutes({ routes: scoringRoutes, path: '/leadscore', api: fake, roles: ['functioneel-beheerder'] });
    const weight = await screen.findByRole('textbox', { name: 'Gewicht Recent contact' });
    await user.clear(weight);
    await user.type(weight, '150');
    await user.click(screen.getByRole('button', { name: 'Opslaan als nieuwe versie' }));
    expect(await screen.findAllByText('Het gewicht moet een geheel getal van 0 tot en met 100 zijn.')).not.toHaveLength(0);
    expect(weight).toHaveAccessibleDescription(/Het gewicht moet een geheel getal/);

    await user.clear(weight);
    await user.type(weight, '40');
    await user.type(screen.getByRole('textbox', { name: /Reden van de wijziging/ }), 'Contact weegt zwaarder');
    await user.click(screen.getByRole('button', { name: 'Opslaan als nieuwe versie' }));
    await waitFor(() => expect(fake.calls('PUT', '/api/v1/lead-scoring/model')).toHaveLength(2));
    const call = fake.calls('PUT', '/api/v1/lead-scoring/model')[1]!;
    expect(call.headers.get('if-match')).toBe('"3"');
    expect(call.body).toEqual({
      weights: { recentContact: 40, timeInStage: 10 },
      targets: { sectors: ['C', 'G'], postcodeAreas: ['52'], cities: ["'s-Hertogenbosch"] },
      reason: 'Contact weegt zwaarder',
    });
    expect(await screen.findByText('Opgeslagen als modelversie 4. Alle open leads krijgen een nieuwe score.')).toBeInTheDocument();
  });
});
