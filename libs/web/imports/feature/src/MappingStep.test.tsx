import { screen, waitFor, within } from '@testing-library/react';
import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Import } from '@gemeente-crm/web-imports-data-access';
import { FakeApi, json, problem, renderRoutes } from '@gemeente-crm/web-testing';
import { importsRoutes } from './routes';

const ID = '22222222-2222-4222-8222-222222222222';

function anImport(overrides: Partial<Import> = {}): Import {
  return {
    id: ID,
    fileName: 'relaties.csv',
    format: 'csv',
    fileSize: 1200,
    headers: ['Bedrijfsnaam', 'Plaats', 'Opmerking'],
    sampleRows: [
      ['Bakkerij Van Dijk', 'Oss', 'vaste klant'],
      ['Fietsenmaker De Spaak', 'Vught', ''],
    ],
    rowCount: 2,
    mapping: { Bedrijfsnaam: 'organisation.name', Plaats: 'organisation.visitingAddress.city' },
    status: 'uploaded',
    dryRun: null,
    progress: { total: 2, done: 0, created: 0, updated: 0, skipped: 0, failed: 0 },
    createdBy: { id: 'u-1', name: 'Fenna Beheer' },
    createdAt: '2026-11-25T10:00:00Z',
    updatedAt: '2026-11-25T10:00:00Z',
    startedAt: null,
    finishedAt: null,
    ...overrides,
  };
}

const routes = [{ element: <Suspense fallback={<p>Laden…</p>}><Outlet /></Suspense>, children: importsRoutes }];

function api(current: Import) {
  let state = current;
  return new FakeApi()
    .get('/api/v1/imports/:id', () => json(state))
    .get('/api/v1/import-presets', [
      { id: '5d0f8a64-5a4e-4c1b-9d52-3e1c7f0a0e01', name: 'Exact relaties', mapping: { Naam: 'organisation.name' }, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' },
    ])
    .on('PUT', '/api/v1/imports/:id/mapping', (request) => {
      state = { ...state, mapping: (request.body as { mapping: Import['mapping'] }).mapping, updatedAt: '2026-11-25T10:01:00Z' };
      return json(state);
    })
    .on('POST', '/api/v1/imports/:id/dry-run', () => {
      state = { ...state, status: 'checked', dryRun: { total: 2, create: 2, update: 0, skip: 0, error: 0, checkedAt: '2026-11-25T10:02:00Z' } };
      return json(state);
    })
    .get('/api/v1/imports/:id/rows', { items: [], page: 1, pageSize: 25, total: 0 });
}

describe('Importeren: kolommen koppelen', () => {
  it('shows each column with sample values and the suggested field', async () => {
    renderRoutes({ routes, path: `/importeren/${ID}`, roles: ['functioneel-beheerder'], api: api(anImport()) });
    const table = await screen.findByRole('table', { name: 'Koppel de kolommen' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Bakkerij Van Dijk · Fietsenmaker De Spaak');
    expect(screen.getByRole('combobox', { name: 'Veld voor kolom Bedrijfsnaam' })).toHaveValue('organisation.name');
    expect(screen.getByRole('combobox', { name: 'Veld voor kolom Opmerking' })).toHaveValue('');
    expect(screen.getByRole('listitem', { current: 'step' })).toHaveTextContent('Kolommen koppelen');
  });

  it('sends the chosen mapping and starts the dry run', async () => {
    const fake = api(anImport());
    const { user } = renderRoutes({ routes, path: `/importeren/${ID}`, roles: ['teamleider'], api: fake });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Veld voor kolom Opmerking' }), 'Tags');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Veld voor kolom Plaats' }), '— Niet importeren —');
    await user.click(screen.getByRole('button', { name: 'Proefimport starten' }));
    await screen.findByText('2 rijen: 2 nieuw, 0 bijwerken, 0 overslaan, 0 met fouten');
    expect(fake.calls('PUT', `/api/v1/imports/${ID}/mapping`)[0]?.body).toEqual({ mapping: { Bedrijfsnaam: 'organisation.name', Opmerking: 'organisation.tags' } });
    expect(fake.calls('POST', `/api/v1/imports/${ID}/dry-run`)).toHaveLength(1);
  });

  it('offers the person’s postal address among the person fields', async () => {
    const fake = api(anImport());
    const { user } = renderRoutes({ routes, path: `/importeren/${ID}`, roles: ['functioneel-beheerder'], api: fake });
    const select = await screen.findByRole('combobox', { name: 'Veld voor kolom Plaats' });
    const personGroup = within(select).getByRole('group', { name: 'Persoon' });
    expect(within(personGroup).getByRole('option', { name: 'Postadres persoon: plaats' })).toBeInTheDocument();
    await user.selectOptions(select, 'Postadres persoon: plaats');
    await user.click(screen.getByRole('button', { name: 'Proefimport starten' }));
    await screen.findByText('2 rijen: 2 nieuw, 0 bijwerken, 0 overslaan, 0 met fouten');
    expect(fake.calls('PUT', `/api/v1/imports/${ID}/mapping`)[0]?.body).toEqual({ mapping: { Bedrijfsnaam: 'organisation.name', Plaats: 'person.postalAddress.city' } });
  });

  it('shows a problem with a column next to that column', async () => {
    const fake = api(anImport()).on('PUT', '/api/v1/imports/:id/mapping', () =>
      problem(422, { code: 'validation-failed', errors: [{ field: 'mapping.Plaats', code: 'mapping.field-twice', message: 'Dit veld is al gekoppeld aan kolom "Bedrijfsnaam".' }] }),
    );
    const { user } = renderRoutes({ routes, path: `/importeren/${ID}`, roles: ['functioneel-beheerder'], api: fake });
    await user.click(await screen.findByRole('button', { name: 'Proefimport starten' }));
    const select = screen.getByRole('combobox', { name: 'Veld voor kolom Plaats' });
    await waitFor(() => expect(select).toHaveAccessibleDescription('Dit veld is al gekoppeld aan kolom "Bedrijfsnaam".'));
    expect(fake.calls('POST', `/api/v1/imports/${ID}/dry-run`)).toHaveLength(0);
  });

  it('is not there for account managers', async () => {
    renderRoutes({ routes, path: `/importeren/${ID}`, roles: ['accountmanager'], api: api(anImport()) });
    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent('Importeren');
  });
});
