import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { KvkCompanyHit, KvkCompanyProfile, OrganisationKvkDifferences } from '@gemeente-crm/web-api-client';
import { json, problem, renderRoutes } from '@gemeente-crm/web-testing';
import { baseApi, organisation, testRoutes } from '../test/fixtures';

const NEW = '/relaties/organisaties/nieuw';

function hit(overrides: Partial<KvkCompanyHit> = {}): KvkCompanyHit {
  return {
    kvkNumber: '17284511',
    vestigingsnummer: '000019283746',
    name: 'Bakkerij De Bossche Bol',
    type: 'main-branch',
    street: 'Hinthamerstraat',
    houseNumber: null,
    houseNumberAddition: null,
    postcode: null,
    city: "'s-Hertogenbosch",
    active: true,
    ...overrides,
  };
}

const address = { street: 'Hinthamerstraat', houseNumber: '88', houseNumberAddition: null, postcode: '5211MS', city: "'s-Hertogenbosch", country: 'NL' };

function profile(overrides: Partial<KvkCompanyProfile> = {}): KvkCompanyProfile {
  return {
    kvkNumber: '17284511',
    vestigingsnummer: '000019283746',
    name: 'Bakkerij De Bossche Bol B.V.',
    statutoryName: 'Bakkerij De Bossche Bol B.V.',
    tradeNames: ['Bakkerij De Bossche Bol'],
    legalForm: 'bv',
    legalFormDescription: 'Besloten Vennootschap',
    sbiActivities: [{ code: '1071', description: 'Brood', main: true }],
    active: true,
    organisation: {
      name: 'Bakkerij De Bossche Bol B.V.',
      kvkNumber: '17284511',
      vestigingsnummer: '000019283746',
      legalForm: 'bv',
      sbiCodes: ['1071', '4724'],
      visitingAddress: address,
      postalAddress: null,
      website: null,
    },
    ...overrides,
  };
}

function kvkApi() {
  return baseApi()
    .get('/api/v1/kvk/companies', (request) =>
      json({ items: request.query.get('name') === 'onbekend' ? [] : [hit({ type: 'legal-entity', vestigingsnummer: null, name: 'Bakkerij De Bossche Bol B.V.', street: null, city: null }), hit()], page: 1, pageSize: 10, total: 2 }),
    )
    .get('/api/v1/kvk/companies/:kvkNumber', profile());
}

describe('Nieuwe organisatie: zoeken in KvK', () => {
  it('searches by name (and place), and the chosen company prefills the form; nothing is saved yet', async () => {
    const api = kvkApi();
    const { user } = renderRoutes({ routes: testRoutes, path: NEW, api });
    await user.type(await screen.findByRole('textbox', { name: 'Telefoonnummer' }), '073-1234567');
    await user.click(screen.getByRole('button', { name: 'Zoeken in KvK' }));

    const dialog = screen.getByRole('dialog', { name: 'Zoeken in het KvK Handelsregister' });
    const query = within(dialog).getByRole('textbox', { name: /Naam of KvK-nummer/ });
    expect(query).toHaveFocus();
    await user.type(query, 'bossche bol');
    await user.type(within(dialog).getByRole('textbox', { name: 'Plaats (optioneel)' }), 'Den Bosch{Enter}');

    const results = await within(dialog).findByRole('list', { name: 'Resultaten uit de KvK' });
    expect(within(results).getAllByRole('listitem')).toHaveLength(2);
    expect(within(results).getAllByRole('listitem')[1]).toHaveTextContent('Hoofdvestiging');
    expect(screen.getByText('2 bedrijven gevonden in de KvK', { selector: '.visually-hidden' })).toBeInTheDocument();
    const [search] = api.calls('GET', '/api/v1/kvk/companies');
    expect(search?.query.get('name')).toBe('bossche bol');
    expect(search?.query.get('city')).toBe('Den Bosch');
    expect(search?.query.has('kvkNumber')).toBe(false);

    await user.click(within(results).getAllByRole('button', { name: 'Overnemen: Bakkerij De Bossche Bol B.V.' })[0] as HTMLElement);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.calls('GET', '/api/v1/kvk/companies/17284511')).toHaveLength(1);
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent(/Bakkerij De Bossche Bol B\.V\. \(KvK 17284511\) zijn uit de KvK ingevuld/);
    expect(screen.getByRole('textbox', { name: 'Naam' })).toHaveValue('Bakkerij De Bossche Bol B.V.');
    expect(screen.getByRole('textbox', { name: 'KvK-nummer' })).toHaveValue('17284511');
    expect(screen.getByRole('textbox', { name: 'Rechtsvorm' })).toHaveValue('bv');
    expect(screen.getByRole('textbox', { name: 'Huisnummer' })).toHaveValue('88');
    // What only the CRM knows stays as typed.
    expect(screen.getByRole('textbox', { name: 'Telefoonnummer' })).toHaveValue('073-1234567');
    expect(api.calls('POST', '/api/v1/organisations')).toHaveLength(0);
  });

  it('sends eight digits as a KvK number and asks for a query before searching', async () => {
    const api = kvkApi();
    const { user } = renderRoutes({ routes: testRoutes, path: NEW, api });
    await user.click(await screen.findByRole('button', { name: 'Zoeken in KvK' }));
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Zoeken' }));
    expect(within(dialog).getByRole('textbox', { name: /Naam of KvK-nummer/ })).toHaveAccessibleDescription('Vul een naam of KvK-nummer in.');
    expect(api.calls('GET', '/api/v1/kvk/companies')).toHaveLength(0);

    await user.type(within(dialog).getByRole('textbox', { name: /Naam of KvK-nummer/ }), '1728 4511{Enter}');
    await within(dialog).findByRole('list', { name: 'Resultaten uit de KvK' });
    expect(api.calls('GET', '/api/v1/kvk/companies')[0]?.query.get('kvkNumber')).toBe('17284511');
  });

  it('takes a branch’s own vestigingsnummer and address parts', async () => {
    const api = kvkApi().get('/api/v1/kvk/companies', {
      items: [hit({ type: 'branch', name: 'De Bossche Bol Rosmalen', vestigingsnummer: '000041992305', street: 'Dorpsstraat', houseNumber: '5', postcode: '5241 AA', city: 'Rosmalen' })],
      page: 1,
      pageSize: 10,
      total: 1,
    });
    const { user } = renderRoutes({ routes: testRoutes, path: NEW, api });
    await user.click(await screen.findByRole('button', { name: 'Zoeken in KvK' }));
    await user.type(screen.getByRole('textbox', { name: /Naam of KvK-nummer/ }), 'rosmalen{Enter}');
    await user.click(await screen.findByRole('button', { name: 'Overnemen: De Bossche Bol Rosmalen' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('textbox', { name: 'Vestigingsnummer' })).toHaveValue('000041992305');
    expect(screen.getAllByRole('textbox', { name: 'Plaats' })[0]).toHaveValue('Rosmalen');
    expect(screen.getByText(/Dit is een nevenvestiging: controleer het bezoekadres/)).toBeInTheDocument();
  });

  it('says calmly that KvK cannot be reached (503) and keeps what was typed', async () => {
    const api = kvkApi().get('/api/v1/kvk/companies', () => problem(503, { code: 'kvk.unavailable', title: 'KvK niet bereikbaar' }), { once: true });
    const { user } = renderRoutes({ routes: testRoutes, path: NEW, api });
    await user.click(await screen.findByRole('button', { name: 'Zoeken in KvK' }));
    const dialog = screen.getByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: /Naam of KvK-nummer/ }), 'bossche{Enter}');
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('KvK niet bereikbaar');
    expect(alert).toHaveTextContent('Het KvK-register is nu niet bereikbaar. Probeer het later opnieuw');
    expect(within(dialog).getByRole('textbox', { name: /Naam of KvK-nummer/ })).toHaveValue('bossche');
    expect(api.calls('GET', '/api/v1/kvk/companies')).toHaveLength(1); // no automatic retries

    await user.click(within(alert).getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await within(dialog).findByRole('list', { name: 'Resultaten uit de KvK' })).toBeInTheDocument();
  });

  it('shows the API’s field error next to the search field', async () => {
    const api = kvkApi().get('/api/v1/kvk/companies', () =>
      problem(422, { code: 'validation-failed', errors: [{ field: 'name', code: 'kvk-query.rejected', message: 'Zoek op minstens twee tekens.' }] }),
    );
    const { user } = renderRoutes({ routes: testRoutes, path: NEW, api });
    await user.click(await screen.findByRole('button', { name: 'Zoeken in KvK' }));
    await user.type(screen.getByRole('textbox', { name: /Naam of KvK-nummer/ }), 'b{Enter}');
    await waitFor(() => expect(screen.getByRole('textbox', { name: /Naam of KvK-nummer/ })).toHaveAccessibleDescription('Zoek op minstens twee tekens.'));
  });
});

function differences(overrides: Partial<OrganisationKvkDifferences> = {}): OrganisationKvkDifferences {
  return {
    organisationId: 'org-1',
    version: 3,
    kvkNumber: '12345678',
    differences: [
      { field: 'name', current: 'Bakkerij De Korenschoof', fromKvk: 'Bakkerij De Korenschoof B.V.' },
      { field: 'legalForm', current: 'Eenmanszaak', fromKvk: 'bv' },
      { field: 'visitingAddress', current: { street: 'Markt', houseNumber: '1', houseNumberAddition: null, postcode: '5211 AB', city: "'s-Hertogenbosch", country: 'NL' }, fromKvk: address },
    ],
    company: profile({ kvkNumber: '12345678' }),
    ...overrides,
  };
}

const DETAIL = '/relaties/organisaties/org-1';

describe('Organisatie bijwerken vanuit KvK', () => {
  it('shows current and KvK values side by side and applies only the chosen ones, with If-Match and the default reason', async () => {
    const api = baseApi()
      .get('/api/v1/organisations/org-1', organisation())
      .get('/api/v1/organisations/org-1/kvk-differences', differences())
      .on('POST', '/api/v1/organisations/:id/kvk-update', () => json(organisation({ name: 'Bakkerij De Korenschoof B.V.', legalForm: 'bv', version: 4 })));
    const { user } = renderRoutes({ routes: testRoutes, path: DETAIL, api });
    await user.click(await screen.findByRole('button', { name: 'Bijwerken vanuit KvK' }));

    const dialog = screen.getByRole('dialog', { name: 'Bakkerij De Korenschoof bijwerken vanuit de KvK' });
    const table = await within(dialog).findByRole('table', { name: 'Verschillen met de KvK' });
    const nameRow = within(table).getByRole('row', { name: /Naam/ });
    expect(nameRow).toHaveTextContent('Bakkerij De Korenschoof');
    expect(nameRow).toHaveTextContent('Bakkerij De Korenschoof B.V.');
    expect(within(table).getByRole('row', { name: /Bezoekadres/ })).toHaveTextContent("Hinthamerstraat 88, 5211MS 's-Hertogenbosch");
    // Everything that differs is chosen at first.
    expect(within(table).getByRole('checkbox', { name: 'Naam overnemen uit de KvK' })).toBeChecked();
    expect(within(table).getByRole('checkbox', { name: 'Alle verschillen selecteren' })).toBeChecked();
    expect(within(dialog).getByText('3 van 3 geselecteerd')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Reden' })).toHaveValue('KvK-gegevens bijgewerkt');

    await user.click(within(table).getByRole('checkbox', { name: 'Bezoekadres overnemen uit de KvK' }));
    expect(within(table).getByRole('checkbox', { name: 'Alle verschillen selecteren' })).toHaveAttribute('data-indeterminate', 'true');
    expect(within(dialog).getByText('2 van 3 geselecteerd')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Geselecteerde gegevens overnemen' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const [request] = api.calls('POST', '/api/v1/organisations/org-1/kvk-update');
    expect(request?.headers.get('if-match')).toBe('"3"');
    expect(request?.body).toEqual({ fields: ['name', 'legalForm'], reason: 'KvK-gegevens bijgewerkt' });
    expect(await screen.findByText('2 gegevens zijn overgenomen uit de KvK.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Bakkerij De Korenschoof B.V.' })).toBeInTheDocument();
  });

  it('asks to choose at least one field', async () => {
    const api = baseApi().get('/api/v1/organisations/org-1', organisation()).get('/api/v1/organisations/org-1/kvk-differences', differences());
    const { user } = renderRoutes({ routes: testRoutes, path: DETAIL, api });
    await user.click(await screen.findByRole('button', { name: 'Bijwerken vanuit KvK' }));
    const dialog = screen.getByRole('dialog');
    await user.click(await within(dialog).findByRole('checkbox', { name: 'Alle verschillen selecteren' }));
    await user.click(within(dialog).getByRole('button', { name: 'Geselecteerde gegevens overnemen' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Kies minstens één gegeven om over te nemen.');
    expect(within(dialog).getByRole('checkbox', { name: 'Naam overnemen uit de KvK' })).toHaveAccessibleDescription('Kies minstens één gegeven om over te nemen.');
    expect(api.calls('POST', '/api/v1/organisations/org-1/kvk-update')).toHaveLength(0);
  });

  it('on 412 shows what someone else changed, compares again and applies on the newest version', async () => {
    const theirs = organisation({ version: 4, phone: '073-0000000', updatedAt: '2026-02-02T08:00:00Z' });
    const api = baseApi()
      .get('/api/v1/organisations/org-1', theirs)
      .get('/api/v1/organisations/org-1', organisation(), { once: true })
      .get('/api/v1/organisations/org-1/kvk-differences', differences({ version: 4 }))
      .get('/api/v1/organisations/org-1/kvk-differences', differences(), { once: true })
      .on('POST', '/api/v1/organisations/:id/kvk-update', () => json(organisation({ ...theirs, name: 'Bakkerij De Korenschoof B.V.', version: 5 })))
      .on('POST', '/api/v1/organisations/:id/kvk-update', () => problem(412, { code: 'stale-version' }), { once: true });
    const { user } = renderRoutes({ routes: testRoutes, path: DETAIL, api });
    await user.click(await screen.findByRole('button', { name: 'Bijwerken vanuit KvK' }));
    const dialog = screen.getByRole('dialog', { name: /bijwerken vanuit de KvK/ });
    await user.click(await within(dialog).findByRole('checkbox', { name: 'Rechtsvorm overnemen uit de KvK' }));
    await user.click(within(dialog).getByRole('button', { name: 'Geselecteerde gegevens overnemen' }));

    const conflict = await screen.findByRole('dialog', { name: 'Iemand anders heeft dit record intussen gewijzigd' });
    const rows = within(conflict).getAllByRole('row');
    expect(rows.find((row) => within(row).queryByRole('rowheader', { name: /Telefoonnummer/ }))).toHaveTextContent('Alleen door een ander gewijzigd');
    expect(rows.find((row) => within(row).queryByRole('rowheader', { name: /^Naam/ }))).toHaveTextContent('Alleen door u gewijzigd');
    await user.click(within(conflict).getByRole('button', { name: 'Opnieuw vergelijken met de nieuwste versie' }));

    expect(await within(dialog).findByText(/opnieuw met de KvK vergeleken/)).toBeInTheDocument();
    // The user's choice is kept: legal form stays unchosen.
    expect(within(dialog).getByRole('checkbox', { name: 'Rechtsvorm overnemen uit de KvK' })).not.toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Geselecteerde gegevens overnemen' }));
    await waitFor(() => expect(api.calls('POST', '/api/v1/organisations/org-1/kvk-update')).toHaveLength(2));
    const second = api.calls('POST', '/api/v1/organisations/org-1/kvk-update')[1];
    expect(second?.headers.get('if-match')).toBe('"4"');
    expect(second?.body).toEqual({ fields: ['name', 'visitingAddress'], reason: 'KvK-gegevens bijgewerkt' });
  });

  it('says calmly that KvK cannot be reached (503), with a retry', async () => {
    const api = baseApi()
      .get('/api/v1/organisations/org-1', organisation())
      .get('/api/v1/organisations/org-1/kvk-differences', differences({ differences: [] }))
      .get('/api/v1/organisations/org-1/kvk-differences', () => problem(503, { code: 'kvk.unavailable' }), { once: true });
    const { user } = renderRoutes({ routes: testRoutes, path: DETAIL, api });
    await user.click(await screen.findByRole('button', { name: 'Bijwerken vanuit KvK' }));
    const dialog = screen.getByRole('dialog');
    expect(await within(dialog).findByText('KvK niet bereikbaar')).toBeInTheDocument();
    expect(within(dialog).getByText(/Het KvK-register is nu niet bereikbaar/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await within(dialog).findByText(/De gegevens in het CRM komen overeen met de KvK/)).toBeInTheDocument();
  });

  it('is offered only to editors, and only for an organisation with a KvK number', async () => {
    const first = renderRoutes({ routes: testRoutes, path: DETAIL, api: baseApi().get('/api/v1/organisations/org-1', organisation()), roles: ['functioneel-beheerder'] });
    await screen.findByRole('heading', { level: 1, name: 'Bakkerij De Korenschoof' });
    expect(screen.queryByRole('button', { name: 'Bijwerken vanuit KvK' })).not.toBeInTheDocument();
    first.unmount();
    renderRoutes({ routes: testRoutes, path: DETAIL, api: baseApi().get('/api/v1/organisations/org-1', organisation({ kvkNumber: null })) });
    await screen.findByRole('heading', { level: 1, name: 'Bakkerij De Korenschoof' });
    expect(screen.queryByRole('button', { name: 'Bijwerken vanuit KvK' })).not.toBeInTheDocument();
  });
});
