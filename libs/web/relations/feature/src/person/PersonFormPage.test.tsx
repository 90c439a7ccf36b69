import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, problem, renderRoutes } from '@gemeente-crm/web-testing';
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

  it('registers a person with a postal address, checking the postcode before sending', async () => {
    const api = baseApi().on('POST', '/api/v1/persons', (request) => json({ ...person(), ...(request.body as object), id: 'p-2' }, 201));
    const { user } = renderRoutes({ routes: testRoutes, path: '/relaties/personen/nieuw', api });
    await user.type(await screen.findByRole('textbox', { name: 'Achternaam' }), 'Vries');
    await user.type(screen.getByRole('textbox', { name: 'Postcode' }), '52111');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(screen.getByRole('textbox', { name: 'Postcode' })).toHaveAccessibleDescription('Vul een geldige postcode in, bijvoorbeeld 5211 AB.');
    expect(screen.getByRole('textbox', { name: 'Straat' })).toHaveAccessibleDescription('Vul straat in.');
    expect(api.calls('POST', '/api/v1/persons')).toHaveLength(0);

    await user.type(screen.getByRole('textbox', { name: 'Straat' }), 'Kerkstraat');
    await user.type(screen.getByRole('textbox', { name: 'Huisnummer' }), '12');
    await user.type(screen.getByRole('textbox', { name: 'Toevoeging' }), 'a');
    await user.clear(screen.getByRole('textbox', { name: 'Postcode' }));
    await user.type(screen.getByRole('textbox', { name: 'Postcode' }), '5211ab');
    await user.type(screen.getByRole('textbox', { name: 'Plaats' }), "'s-Hertogenbosch");
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(api.calls('POST', '/api/v1/persons')).toHaveLength(1));
    expect(api.calls('POST', '/api/v1/persons')[0]?.body).toMatchObject({
      achternaam: 'Vries',
      postalAddress: { street: 'Kerkstraat', houseNumber: '12', houseNumberAddition: 'a', postcode: '5211 AB', city: "'s-Hertogenbosch", country: 'NL' },
    });
  });

  it('sends only the changed address and shows the API’s address errors next to the field', async () => {
    const current = person({ postalAddress: { street: 'Kerkstraat', houseNumber: '12', houseNumberAddition: null, postcode: '5211AB', city: "'s-Hertogenbosch", country: 'NL' } });
    const api = baseApi()
      .get('/api/v1/persons/p-1', current)
      .on('PATCH', '/api/v1/persons/:id', () =>
        problem(422, { code: 'validation-failed', title: 'Ongeldige invoer', errors: [{ field: 'postalAddress.postcode', code: 'postcode.invalid', message: 'Vul een Nederlandse postcode in, zoals 5211 AB.' }] }),
      );
    const { user } = renderRoutes({ routes: testRoutes, path: '/relaties/personen/p-1/bewerken', api });
    const postcode = await screen.findByRole('textbox', { name: 'Postcode' });
    expect(postcode).toHaveValue('5211AB');
    expect(screen.getByRole('textbox', { name: 'Straat' })).toHaveValue('Kerkstraat');
    await user.clear(screen.getByRole('textbox', { name: 'Huisnummer' }));
    await user.type(screen.getByRole('textbox', { name: 'Huisnummer' }), '14');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByRole('textbox', { name: 'Postcode' })).toHaveAccessibleDescription('Vul een Nederlandse postcode in, zoals 5211 AB.');
    expect(api.calls('PATCH', '/api/v1/persons/p-1')[0]?.body).toEqual({
      postalAddress: { street: 'Kerkstraat', houseNumber: '14', houseNumberAddition: null, postcode: '5211 AB', city: "'s-Hertogenbosch", country: 'NL' },
    });
  });

  it('requires a surname when creating', async () => {
    const { user, api } = renderRoutes({ routes: testRoutes, path: '/relaties/personen/nieuw', api: baseApi() });
    await user.type(await screen.findByRole('textbox', { name: 'Voornaam' }), 'Jan');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(screen.getByRole('textbox', { name: 'Achternaam' })).toHaveAccessibleDescription('Vul achternaam in.');
    expect(api.calls('POST', '/api/v1/persons')).toHaveLength(0);
  });
});
