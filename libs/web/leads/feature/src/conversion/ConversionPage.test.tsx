import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeApi, problem, renderRoutes } from '@gemeente-crm/web-testing';
import type { Pipeline } from '@gemeente-crm/web-leads-data-access';
import { conversionRoutes } from './routes';
import type { ConversionReport } from './useConversionReport';

const PIPELINE: Pipeline = {
  id: '00000000-0000-4000-8000-0000000000aa',
  name: 'Bedrijfshuisvesting',
  department: 'Economische Zaken',
  stages: [],
  version: 1,
  createdAt: '2026-01-01T09:00:00.000Z',
  updatedAt: '2026-01-01T09:00:00.000Z',
};

const REPORT: ConversionReport = {
  pipelineId: PIPELINE.id,
  pipelineName: 'Bedrijfshuisvesting',
  from: null,
  to: null,
  ownerId: null,
  leads: 4,
  open: 2,
  won: 1,
  lost: 1,
  wonValueCents: 250_000,
  openValueCents: 200_000,
  overallConversion: 0.25,
  winRate: 0.5,
  stages: [
    { stageId: '00000000-0000-4000-8000-000000000001', name: 'Nieuw', position: 0, reached: 4, open: 1, openValueCents: 100_000, conversionFromPrevious: null, averageDaysInStage: 1 },
    { stageId: '00000000-0000-4000-8000-000000000002', name: 'Gesprek', position: 1, reached: 3, open: 0, openValueCents: 0, conversionFromPrevious: 0.75, averageDaysInStage: 1.5 },
    { stageId: '00000000-0000-4000-8000-000000000003', name: 'Voorstel', position: 2, reached: 2, open: 1, openValueCents: 100_000, conversionFromPrevious: 0.6667, averageDaysInStage: null },
  ],
  winRates: {
    source: [
      { key: 'beurs', label: 'Beurs', won: 1, lost: 0, winRate: 1 },
      { key: 'website', label: 'Website', won: 0, lost: 1, winRate: 0 },
    ],
    owner: [{ key: 'u-1', label: 'Anna de Vries', won: 1, lost: 1, winRate: 0.5 }],
    sector: [],
  },
};

function api(report: ConversionReport = REPORT) {
  return new FakeApi()
    .get('/api/v1/pipelines', { items: [PIPELINE] })
    .get('/api/v1/users', [{ id: 'u-1', displayName: 'Anna de Vries', roles: ['accountmanager'] }])
    .get('/api/v1/lead-conversion', report);
}

describe('Conversie', () => {
  it('shows the totals and, per chart, the table with the same figures in Dutch notation', async () => {
    renderRoutes({ routes: conversionRoutes, path: '/conversie', api: api() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Conversie' })).toBeInTheDocument();
    const funnel = await screen.findByRole('table', { name: 'Trechter per fase' });
    const rows = within(funnel).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent?.replace(/\u00a0/g, ' ')));
    expect(within(funnel).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Nieuw', 'Gesprek', 'Voorstel']);
    expect(rows[1]).toEqual(['3', '75%', '0', '€ 0,00', '1,5']);
    expect(rows[2]).toEqual(['2', '66,7%', '1', '€ 1.000,00', '—']);
    const totals = screen.getByRole('region', { name: 'Totaal' });
    expect(within(totals).getByText('Conversie totaal').nextSibling?.textContent).toBe('25%');
    expect(within(totals).getByText('Winstpercentage').nextSibling?.textContent).toBe('50%');
    const sources = screen.getByRole('table', { name: 'Bron' });
    expect(within(sources).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Beurs', 'Website']);
    // A grouping without closed leads has no chart and no table.
    expect(screen.queryByRole('table', { name: 'Sector' })).not.toBeInTheDocument();
  });

  it('keeps the filters in the URL and asks the API for exactly them', async () => {
    const fake = api();
    const { user, router } = renderRoutes({ routes: conversionRoutes, path: '/conversie?van=2026-01-01', api: fake });
    await screen.findByRole('table', { name: 'Trechter per fase' });
    expect(fake.calls('GET', '/api/v1/lead-conversion')[0]!.query.get('from')).toBe('2026-01-01');
    await user.click(screen.getByRole('combobox', { name: 'Eigenaar' }));
    await user.click(await screen.findByRole('option', { name: 'Anna de Vries' }));
    await waitFor(() => expect(router.state.location.search).toContain('eigenaar=u-1'));
    expect(router.state.location.search).toContain(`pijplijn=${PIPELINE.id}`);
    await waitFor(() => expect(fake.calls('GET', '/api/v1/lead-conversion').at(-1)!.query.get('ownerId')).toBe('u-1'));
  });

  it('says so when the period has no leads, and shows problems from the API', async () => {
    const empty = { ...REPORT, leads: 0, open: 0, won: 0, lost: 0, overallConversion: null, winRate: null, winRates: { source: [], owner: [], sector: [] } };
    renderRoutes({ routes: conversionRoutes, path: '/conversie', api: api(empty) });
    expect(await screen.findByText('Geen leads aangemaakt in deze periode.')).toBeInTheDocument();
    expect(screen.getByText('Nog geen gewonnen of verloren leads in deze selectie.')).toBeInTheDocument();

    const failing = api().get('/api/v1/lead-conversion', () => problem(422, { code: 'validation-failed', detail: 'De einddatum ligt vóór de begindatum.' }));
    renderRoutes({ routes: conversionRoutes, path: '/conversie?van=2026-03-01&tot=2026-01-01', api: failing });
    expect(await screen.findByText(/De einddatum ligt vóór de begindatum/)).toBeInTheDocument();
  });

  it('is not offered to roles without access', async () => {
    renderRoutes({ routes: conversionRoutes, path: '/conversie', api: api(), roles: ['medewerker'] });
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Conversie' })).not.toBeInTheDocument());
  });
});
