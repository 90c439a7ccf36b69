import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeApi, json, problem, renderRoutes } from '@gemeente-crm/web-testing';
import type { Pipeline } from '@gemeente-crm/web-leads-data-access';
import { leadsRoutes } from '../routes';

const PIPELINE: Pipeline = {
  id: '00000000-0000-4000-8000-0000000000aa',
  name: 'Bedrijfsvestiging',
  department: 'Economische Zaken',
  stages: [
    { id: '00000000-0000-4000-8000-000000000001', name: 'Nieuw', position: 0, defaultProbability: 10, requiredFields: [] },
    { id: '00000000-0000-4000-8000-000000000002', name: 'Voorstel', position: 1, defaultProbability: 50, requiredFields: ['expectedValueCents'] },
  ],
  version: 4,
  createdAt: '2026-01-01T09:00:00.000Z',
  updatedAt: '2026-01-01T09:00:00.000Z',
};

function api() {
  return new FakeApi()
    .get('/api/v1/pipelines', { items: [PIPELINE] })
    .get('/api/v1/lead-sources', { items: [{ code: 'beurs', label: 'Beurs', active: true, version: 1 }] })
    .get('/api/v1/lead-lost-reasons', { items: [] });
}

describe('pipeline editor', () => {
  it('reorders stages with the up/down buttons, sets required fields and saves with If-Match', async () => {
    const fake = api().on('PUT', '/api/v1/pipelines/:id', () => json({ ...PIPELINE, version: 5 }));
    const { user } = renderRoutes({ routes: leadsRoutes, path: '/beheer/pijplijnen', roles: ['functioneel-beheerder'], api: fake });

    await user.click(await screen.findByRole('button', { name: 'Fase Voorstel omhoog' }));
    expect(screen.getByLabelText(/Naam van fase 1/)).toHaveValue('Voorstel');
    expect(screen.getByRole('button', { name: 'Fase Voorstel omhoog' })).toBeDisabled();

    const second = screen.getByRole('group', { name: 'Verplichte velden van fase 2' });
    await user.click(within(second).getByRole('checkbox', { name: 'Volgende actie' }));
    await user.click(screen.getByRole('button', { name: 'Fase toevoegen' }));
    await user.type(screen.getByLabelText(/Naam van fase 3/), 'Onderhandeling');
    await user.click(screen.getByRole('button', { name: 'Pijplijn opslaan' }));

    await waitFor(() => expect(fake.calls('PUT', `/api/v1/pipelines/${PIPELINE.id}`)).toHaveLength(1));
    const [call] = fake.calls('PUT', `/api/v1/pipelines/${PIPELINE.id}`);
    expect(call!.headers.get('if-match')).toBe('"4"');
    expect(call!.body).toEqual({
      name: 'Bedrijfsvestiging',
      department: 'Economische Zaken',
      stages: [
        { id: PIPELINE.stages[1]!.id, name: 'Voorstel', defaultProbability: 50, requiredFields: ['expectedValueCents'] },
        { id: PIPELINE.stages[0]!.id, name: 'Nieuw', defaultProbability: 10, requiredFields: ['nextAction'] },
        { name: 'Onderhandeling', defaultProbability: 10, requiredFields: [] },
      ],
    });
  }, 40_000);

  it('explains why a stage with leads cannot be removed', async () => {
    const fake = api().on('PUT', '/api/v1/pipelines/:id', () =>
      problem(409, { code: 'pipeline.stage-in-use', detail: 'De fase "Nieuw" kan niet worden verwijderd: er staan nog leads in.' }),
    );
    const { user } = renderRoutes({ routes: leadsRoutes, path: '/beheer/pijplijnen', roles: ['functioneel-beheerder'], api: fake });
    await user.click(await screen.findByRole('button', { name: 'Fase Nieuw verwijderen' }));
    await user.click(screen.getByRole('button', { name: 'Pijplijn opslaan' }));
    expect(await screen.findByText('De fase "Nieuw" kan niet worden verwijderd: er staan nog leads in.')).toBeInTheDocument();
  });

  it('shows field errors of the API next to the stage they concern', async () => {
    const fake = api().on('PUT', '/api/v1/pipelines/:id', () =>
      problem(422, { code: 'validation-failed', errors: [{ field: 'stages.1.name', code: 'stage-name.duplicate', message: 'Twee fasen hebben dezelfde naam.' }] }),
    );
    const { user } = renderRoutes({ routes: leadsRoutes, path: '/beheer/pijplijnen', roles: ['functioneel-beheerder'], api: fake });
    await user.click(await screen.findByRole('button', { name: 'Pijplijn opslaan' }));
    const field = await screen.findByLabelText(/Naam van fase 2/);
    expect(field).toHaveAccessibleDescription('Twee fasen hebben dezelfde naam.');
  });
});
