import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, problem, renderRoutes } from '@gemeente-crm/web-testing';
import { baseApi, organisation, person, testRoutes } from '../test/fixtures';

const FIRST = organisation({ id: 'org-1', name: 'Bakkerij Jansen', phone: null, tags: ['bakker'], kvkNumber: null, version: 3 });
const SECOND = organisation({ id: 'org-2', name: 'Bakkerij Jansen B.V.', phone: '073-7654321', tags: ['mkb'], kvkNumber: '12345678', version: 5 });
const PATH = '/relaties/dubbelen/samenvoegen?soort=organisaties&a=org-1&b=org-2';

function mergeApi() {
  return baseApi()
    .get('/api/v1/organisations/org-1/merge-preview', {
      first: FIRST,
      second: SECOND,
      differingFields: ['name', 'kvkNumber', 'phone', 'tags'],
      movesFromSecond: [
        { kind: 'contact-person', count: 0 },
        { kind: 'contact-moment', count: 2 },
        { kind: 'task', count: 1 },
      ],
      movesFromFirst: [{ kind: 'task', count: 4 }],
    })
    .get('/api/v1/organisations/:id', (request) => json(request.path.endsWith('/org-1') ? FIRST : SECOND))
    .get('/api/v1/organisations/:id/history', { items: [], page: 1, pageSize: 25, total: 0 })
    .get('/api/v1/organisations/:id/duplicates', { items: [] })
    .on('POST', '/api/v1/organisations/:id/merge', () => json({ survivor: FIRST, merged: SECOND, moved: [] }));
}

/** Clicking and typing through the whole form takes a while on a busy machine. */
const SLOW = 45_000;

describe('Relaties samenvoegen', () => {
  it('shows both values side by side, defaults to the survivor (or the filled-in value) and sends the choices and reason', async () => {
    const api = mergeApi();
    const { user } = renderRoutes({ routes: testRoutes, path: PATH, api });
    const table = await screen.findByRole('table', { name: 'Gegevens die verschillen' });
    const phone = within(table).getByRole('radiogroup', { name: 'Waarde voor Telefoonnummer' });
    // The survivor has no phone number: the other value is chosen by default, so nothing is lost.
    expect(within(phone).getByRole('radio', { name: 'Telefoonnummer: 073-7654321 (Bakkerij Jansen B.V.)' })).toBeChecked();
    const name = within(table).getByRole('radiogroup', { name: 'Waarde voor Naam' });
    expect(within(name).getByRole('radio', { name: 'Naam: Bakkerij Jansen (Bakkerij Jansen)' })).toBeChecked();
    await user.click(within(table).getByRole('radio', { name: 'KvK-nummer: 12345678 (Bakkerij Jansen B.V.)' }));
    await user.click(within(within(table).getByRole('radiogroup', { name: 'Waarde voor Tags' })).getByRole('radio', { name: 'Beide combineren' }));

    expect(screen.getByText('2 contactmoment(en)')).toBeInTheDocument();
    expect(screen.getByText('1 taak/taken')).toBeInTheDocument();
    expect(screen.queryByText(/contactpersoon/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Samenvoegen' }));
    expect(await screen.findByText('Geef een reden op.')).toBeInTheDocument();
    expect(api.calls('POST', '/api/v1/organisations/org-1/merge')).toHaveLength(0);

    await user.type(screen.getByRole('textbox', { name: /Reden van samenvoegen/ }), 'Twee keer ingevoerd');
    await user.click(screen.getByRole('button', { name: 'Samenvoegen' }));
    const [call] = api.calls('POST', '/api/v1/organisations/org-1/merge');
    expect(call?.headers.get('if-match')).toBe('"3"');
    expect(call?.body).toEqual({
      mergedId: 'org-2',
      mergedVersion: 5,
      reason: 'Twee keer ingevoerd',
      choices: { name: 'survivor', kvkNumber: 'merged', phone: 'merged', tags: 'both' },
    });
  }, SLOW);

  it('turns the choices around when the other record is kept, and shows what moves from the first', async () => {
    const api = mergeApi();
    const { user } = renderRoutes({ routes: testRoutes, path: PATH, api });
    await user.click(await screen.findByRole('radio', { name: 'Behoud Bakkerij Jansen B.V.' }));
    expect(screen.getByText('4 taak/taken')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Reden van samenvoegen/ }), 'Dubbel');
    await user.click(screen.getByRole('button', { name: 'Samenvoegen' }));
    const [call] = api.calls('POST', '/api/v1/organisations/org-2/merge');
    expect(call?.headers.get('if-match')).toBe('"5"');
    expect(call?.body).toMatchObject({ mergedId: 'org-1', mergedVersion: 3, choices: { name: 'survivor', kvkNumber: 'survivor', phone: 'survivor', tags: 'survivor' } });
  }, SLOW);

  it('asks which postal address a merged person keeps, showing both as written on a letter', async () => {
    const oss = { street: 'Kerkstraat', houseNumber: '3', houseNumberAddition: null, postcode: '5341 BN', city: 'Oss', country: 'NL' };
    const bosch = { street: 'Hinthamerstraat', houseNumber: '74', houseNumberAddition: 'b', postcode: '5211 MR', city: "'s-Hertogenbosch", country: 'NL' };
    const first = person({ id: 'p-1', displayName: 'Sanne Verhoeven', postalAddress: oss, version: 2 });
    const second = person({ id: 'p-2', displayName: 'S. Verhoeven', postalAddress: bosch, version: 1 });
    const api = baseApi()
      .get('/api/v1/persons/p-1/merge-preview', { first, second, differingFields: ['postalAddress'], movesFromSecond: [], movesFromFirst: [] })
      .get('/api/v1/persons/:id', (request) => json(request.path.endsWith('/p-1') ? first : second))
      .get('/api/v1/persons/:id/history', { items: [], page: 1, pageSize: 25, total: 0 })
      .get('/api/v1/persons/:id/duplicates', { items: [] })
      .on('POST', '/api/v1/persons/:id/merge', () => json({ survivor: first, merged: second, moved: [] }));
    const { user } = renderRoutes({ routes: testRoutes, path: '/relaties/dubbelen/samenvoegen?soort=personen&a=p-1&b=p-2', api });
    const table = await screen.findByRole('table', { name: 'Gegevens die verschillen' });
    const address = within(table).getByRole('radiogroup', { name: 'Waarde voor Postadres' });
    expect(within(address).getByRole('radio', { name: 'Postadres: Kerkstraat 3, 5341 BN Oss (Sanne Verhoeven)' })).toBeChecked();
    await user.click(within(address).getByRole('radio', { name: "Postadres: Hinthamerstraat 74 b, 5211 MR 's-Hertogenbosch (S. Verhoeven)" }));
    await user.type(screen.getByRole('textbox', { name: /Reden van samenvoegen/ }), 'Verhuisd, dubbel ingevoerd');
    await user.click(screen.getByRole('button', { name: 'Samenvoegen' }));
    const [call] = api.calls('POST', '/api/v1/persons/p-1/merge');
    expect(call?.body).toEqual({ mergedId: 'p-2', mergedVersion: 1, reason: 'Verhuisd, dubbel ingevoerd', choices: { postalAddress: 'merged' } });
  }, SLOW);

  it('reloads and explains when one of the records changed meanwhile (412)', async () => {
    const api = mergeApi().on('POST', '/api/v1/organisations/:id/merge', () => problem(412, { code: 'version.stale', detail: 'Gewijzigd' }));
    const { user } = renderRoutes({ routes: testRoutes, path: PATH, api });
    await user.type(await screen.findByRole('textbox', { name: /Reden van samenvoegen/ }), 'Dubbel');
    await user.click(screen.getByRole('button', { name: 'Samenvoegen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Een van beide relaties is intussen gewijzigd');
    expect(api.calls('GET', '/api/v1/organisations/org-1/merge-preview')).toHaveLength(2);
  }, SLOW);
});
