import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, renderRoutes } from '@gemeente-crm/web-testing';
import { baseApi, person, testRoutes } from '../test/fixtures';

describe('Persoon bewerken', () => {
  it('offers the BSN field only when the API returned the BSN, and checks the elfproef', async () => {
    const current = person({ bsn: null });
    const api = baseApi()
      .get('/api/v1/persons/p-1', current)
      .on('PATCH', '/api/v1/persons/:id', (request) => json({ ...current, ...(request.body as object), version: 2 }))
      .get('/api/v1/persons/p-1/organisations', []);
    const { user } = renderRoutes({ routes: testRoutes, path: '/relaties/personen/p-1/bewerken', api, roles: ['teamleider'] });
    const bsn = await screen.findByRole('textbox', { name: 'BSN' });
    await user.type(bsn, '123456789');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(bsn).toHaveAccessibleDescription('Dit is geen geldig BSN (9 cijfers, elfproef).');
    await user.clear(bsn);
    await user.type(bsn, '111222333');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    const reason = screen.getByRole('textbox', { name: /Reden van de wijziging/ });
    expect(reason).toHaveAccessibleDescription('Vul een reden in: een wijziging van het BSN wordt vastgelegd in de geschiedenis.');
    await user.type(reason, 'Klacht van inwoner');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await screen.findByRole('heading', { level: 1, name: 'Jan de Vries' });
    expect(api.calls('PATCH', '/api/v1/persons/p-1')[0]?.body).toEqual({ bsn: '111222333', reason: 'Klacht van inwoner' });
    expect(api.calls('PATCH', '/api/v1/persons/p-1')[0]?.headers.get('if-match')).toBe('"1"');
  });

  it('has no BSN field when the API did not return it', async () => {
    renderRoutes({ routes: testRoutes, path: '/relaties/personen/p-1/bewerken', api: baseApi().get('/api/v1/persons/p-1', person()) });
    expect(await screen.findByRole('textbox', { name: 'Achternaam' })).toHaveValue('Vries');
    expect(screen.queryByRole('textbox', { name: 'BSN' })).not.toBeInTheDocument();
  });

  it('requires a surname when creating', async () => {
    const { user, api } = renderRoutes({ routes: testRoutes, path: '/relaties/personen/nieuw', api: baseApi() });
    await user.type(await screen.findByRole('textbox', { name: 'Voornaam' }), 'Jan');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(screen.getByRole('textbox', { name: 'Achternaam' })).toHaveAccessibleDescription('Vul achternaam in.');
    expect(api.calls('POST', '/api/v1/persons')).toHaveLength(0);
  });
});
