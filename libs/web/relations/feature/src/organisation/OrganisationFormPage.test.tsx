import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, networkError, problem, renderRoutes } from '@gemeente-crm/web-testing';
import { baseApi, organisation, testRoutes } from '../test/fixtures';

const NEW = '/relaties/organisaties/nieuw';

describe('Nieuwe organisatie', () => {
  it('checks required fields in the browser and links the summary to the field', async () => {
    const { user, api } = renderRoutes({ routes: testRoutes, path: NEW, api: baseApi() });
    await screen.findByRole('heading', { level: 1, name: 'Nieuwe organisatie' });
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Er is 1 probleem met uw invoer');
    expect(summary).toHaveFocus();
    const name = screen.getByRole('textbox', { name: 'Naam' });
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Vul naam in.');
    await user.click(within(summary).getByRole('link', { name: 'Naam: Vul naam in.' }));
    expect(name).toHaveFocus();
    expect(api.calls('POST', '/api/v1/organisations')).toHaveLength(0);
  });

  it('validates KvK number, postcode and an incomplete address before sending', async () => {
    const { user } = renderRoutes({ routes: testRoutes, path: NEW, api: baseApi() });
    await user.type(await screen.findByRole('textbox', { name: 'Naam' }), 'Bakkerij');
    await user.type(screen.getByRole('textbox', { name: 'KvK-nummer' }), '1234');
    await user.type(screen.getByRole('textbox', { name: 'Postcode' }), '52111');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(screen.getByRole('textbox', { name: 'KvK-nummer' })).toHaveAccessibleDescription('Een KvK-nummer bestaat uit 8 cijfers.');
    expect(screen.getByRole('textbox', { name: 'Postcode' })).toHaveAccessibleDescription('Vul een geldige postcode in, bijvoorbeeld 5211 AB.');
    expect(screen.getByRole('textbox', { name: 'Straat' })).toHaveAccessibleDescription('Vul straat in.');
  });

  it('shows the API’s Dutch field errors next to the right fields and keeps the input', async () => {
    const api = baseApi().on('POST', '/api/v1/organisations', () =>
      problem(422, {
        code: 'validation-failed',
        title: 'Ongeldige invoer',
        errors: [
          { field: 'kvkNumber', code: 'kvk-number.taken', message: 'Er is al een organisatie met dit KvK-nummer.' },
          { field: 'visitingAddress.postcode', code: 'postcode.unknown', message: 'Deze postcode bestaat niet.' },
          { field: 'unknownField', code: 'x', message: 'Dit gaat niet.' },
        ],
      }),
    );
    const { user } = renderRoutes({ routes: testRoutes, path: NEW, api });
    await user.type(await screen.findByRole('textbox', { name: 'Naam' }), 'Bakkerij De Korenschoof');
    await user.type(screen.getByRole('textbox', { name: 'KvK-nummer' }), '12345678');
    await user.type(screen.getByRole('textbox', { name: 'Straat' }), 'Markt');
    await user.type(screen.getByRole('textbox', { name: 'Huisnummer' }), '1');
    await user.type(screen.getByRole('textbox', { name: 'Postcode' }), '5211ab');
    await user.type(screen.getByRole('textbox', { name: 'Plaats' }), "'s-Hertogenbosch");
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByText('Er zijn 3 problemen met uw invoer')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'KvK-nummer' })).toHaveAccessibleDescription('Er is al een organisatie met dit KvK-nummer.');
    expect(screen.getByRole('textbox', { name: 'Postcode' })).toHaveAccessibleDescription('Deze postcode bestaat niet.');
    expect(screen.getByText('Dit gaat niet.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Naam' })).toHaveValue('Bakkerij De Korenschoof');
    expect(screen.getByRole('textbox', { name: 'Postcode' })).toHaveValue('5211ab');

    const [request] = api.calls('POST', '/api/v1/organisations');
    expect(request?.body).toMatchObject({
      name: 'Bakkerij De Korenschoof',
      kvkNumber: '12345678',
      visitingAddress: { street: 'Markt', houseNumber: '1', houseNumberAddition: null, postcode: '5211 AB', city: "'s-Hertogenbosch", country: 'NL' },
      postalAddress: null,
      ownerId: 'u-1',
      status: 'prospect',
    });
  });

  it('on a network failure says so calmly, keeps the input and retries', async () => {
    const api = baseApi().on('POST', '/api/v1/organisations', () => networkError(), { once: true });
    const { user } = renderRoutes({ routes: testRoutes, path: NEW, api });
    await user.type(await screen.findByRole('textbox', { name: 'Naam' }), 'Bakkerij');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByText(/even geen verbinding met de server/)).toBeInTheDocument();
    expect(screen.getByText(/Uw invoer is bewaard/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Naam' })).toHaveValue('Bakkerij');

    const created = organisation({ id: 'org-9', name: 'Bakkerij', version: 1 });
    api.on('POST', '/api/v1/organisations', () => json(created, 201)).get('/api/v1/organisations/org-9', created);
    await user.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Bakkerij' })).toBeInTheDocument();
    expect(api.calls('POST', '/api/v1/organisations')).toHaveLength(2);
  });

  it('shows a server error (5xx) with the same calm retry', async () => {
    const api = baseApi().on('POST', '/api/v1/organisations', () => problem(503, { code: 'service-unavailable' }));
    const { user } = renderRoutes({ routes: testRoutes, path: NEW, api });
    await user.type(await screen.findByRole('textbox', { name: 'Naam' }), 'Bakkerij');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText(/Er ging aan onze kant iets mis/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Opnieuw proberen' })).toBeEnabled();
  });

  it('says "geen toestemming" on 403 without offering a pointless retry', async () => {
    const api = baseApi().on('POST', '/api/v1/organisations', () => problem(403, { code: 'role-not-allowed' }));
    const { user } = renderRoutes({ routes: testRoutes, path: NEW, api });
    await user.type(await screen.findByRole('textbox', { name: 'Naam' }), 'Bakkerij');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText(/U heeft geen toestemming voor deze actie/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Opnieuw proberen' })).not.toBeInTheDocument();
  });

  it('keeps what was typed as a draft and puts it back after a reload', async () => {
    const first = renderRoutes({ routes: testRoutes, path: NEW, api: baseApi() });
    await first.user.type(await screen.findByRole('textbox', { name: 'Naam' }), 'Half ingevuld');
    first.unmount();

    const second = renderRoutes({ routes: testRoutes, path: NEW, api: baseApi() });
    expect(await screen.findByRole('textbox', { name: 'Naam' })).toHaveValue('Half ingevuld');
    expect(screen.getByText('Uw niet-opgeslagen wijzigingen van eerder zijn teruggezet.')).toBeInTheDocument();
    await second.user.click(screen.getByRole('button', { name: 'Wijzigingen weggooien' }));
    expect(screen.getByRole('textbox', { name: 'Naam' })).toHaveValue('');
  });

  it('asks before leaving with unsaved changes', async () => {
    const { user, router } = renderRoutes({ routes: testRoutes, path: NEW, api: baseApi().get('/api/v1/organisations', { items: [], page: 1, pageSize: 25, total: 0 }) });
    await user.type(await screen.findByRole('textbox', { name: 'Naam' }), 'Bijna klaar');
    await user.click(screen.getByRole('link', { name: 'Relaties' }));
    const dialog = await screen.findByRole('dialog', { name: 'Wijzigingen niet opgeslagen' });
    await user.click(within(dialog).getByRole('button', { name: 'Op deze pagina blijven' }));
    expect(router.state.location.pathname).toBe(NEW);
    expect(screen.getByRole('textbox', { name: 'Naam' })).toHaveValue('Bijna klaar');
    await user.click(screen.getByRole('link', { name: 'Relaties' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Pagina verlaten' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/relaties/organisaties'));
  });

  it('is not available to roles that may not create relations', async () => {
    renderRoutes({ routes: testRoutes, path: NEW, api: baseApi(), roles: ['functioneel-beheerder'] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeInTheDocument();
    expect(screen.getByText(/Uw rollen: Functioneel beheerder/)).toBeInTheDocument();
  });
});

describe('Organisatie bewerken', () => {
  const EDIT = '/relaties/organisaties/org-1/bewerken';

  it('sends only the changed fields with If-Match and the reason', async () => {
    const current = organisation();
    const api = baseApi()
      .get('/api/v1/organisations/org-1', current)
      .on('PATCH', '/api/v1/organisations/:id', (request) => json({ ...current, ...(request.body as object), version: 4 }));
    const { user } = renderRoutes({ routes: testRoutes, path: EDIT, api });
    const phone = await screen.findByRole('textbox', { name: 'Telefoonnummer' });
    await user.clear(phone);
    await user.type(phone, '073-7654321');
    await user.type(screen.getByRole('textbox', { name: /Reden van de wijziging/ }), 'Nieuw nummer doorgegeven');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    await screen.findByRole('heading', { level: 1, name: 'Bakkerij De Korenschoof' });
    const [patch] = api.calls('PATCH', '/api/v1/organisations/org-1');
    expect(patch?.headers.get('if-match')).toBe('"3"');
    expect(patch?.body).toEqual({ phone: '073-7654321', reason: 'Nieuw nummer doorgegeven' });
  });

  it('on 412 shows what changed, and re-applies the user’s edit on the newest version', async () => {
    const mine = organisation();
    const theirs = organisation({ version: 4, email: 'post@korenschoof.nl', phone: '073-0000000', updatedAt: '2026-02-02T08:00:00Z' });
    const api = baseApi()
      .get('/api/v1/organisations/org-1', theirs)
      .get('/api/v1/organisations/org-1', mine, { once: true })
      .on('PATCH', '/api/v1/organisations/:id', () => problem(412, { code: 'stale-version', detail: 'Het record is intussen door iemand anders gewijzigd.' }), { once: true });
    const { user } = renderRoutes({ routes: testRoutes, path: '/relaties/organisaties/org-1/bewerken', api });

    const phone = await screen.findByRole('textbox', { name: 'Telefoonnummer' });
    await user.clear(phone);
    await user.type(phone, '073-7654321');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    const dialog = await screen.findByRole('dialog', { name: 'Iemand anders heeft dit record intussen gewijzigd' });
    const rows = within(dialog).getAllByRole('row');
    const phoneRow = rows.find((row) => within(row).queryByRole('rowheader', { name: /Telefoonnummer/ }));
    expect(phoneRow).toHaveTextContent('073-1234567');
    expect(phoneRow).toHaveTextContent('073-7654321');
    expect(phoneRow).toHaveTextContent('073-0000000');
    expect(phoneRow).toHaveTextContent('Door u én een ander gewijzigd');
    const emailRow = rows.find((row) => within(row).queryByRole('rowheader', { name: /E-mailadres/ }));
    expect(emailRow).toHaveTextContent('Alleen door een ander gewijzigd');
    expect(api.calls('PATCH', '/api/v1/organisations/org-1')).toHaveLength(1); // nothing overwritten

    await user.click(within(dialog).getByRole('button', { name: /mijn wijzigingen opnieuw toepassen/ }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Telefoonnummer' })).toHaveValue('073-7654321');
    expect(screen.getByRole('textbox', { name: 'E-mailadres' })).toHaveValue('post@korenschoof.nl');
    expect(screen.getByText(/uw wijzigingen zijn opnieuw toegepast/)).toBeInTheDocument();

    api.on('PATCH', '/api/v1/organisations/:id', () => json({ ...theirs, phone: '073-7654321', version: 5 }));
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await screen.findByRole('heading', { level: 1, name: 'Bakkerij De Korenschoof' });
    const second = api.calls('PATCH', '/api/v1/organisations/org-1')[1];
    expect(second?.headers.get('if-match')).toBe('"4"');
    expect(second?.body).toEqual({ phone: '073-7654321' });
  });

  it('on 412 can discard the user’s edit and continue from the newest version', async () => {
    const theirs = organisation({ version: 4, phone: '073-0000000' });
    const api = baseApi()
      .get('/api/v1/organisations/org-1', theirs)
      .get('/api/v1/organisations/org-1', organisation(), { once: true })
      .on('PATCH', '/api/v1/organisations/:id', () => problem(412, { code: 'stale-version' }));
    const { user } = renderRoutes({ routes: testRoutes, path: '/relaties/organisaties/org-1/bewerken', api });
    const phone = await screen.findByRole('textbox', { name: 'Telefoonnummer' });
    await user.clear(phone);
    await user.type(phone, '06-12345678');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /Mijn wijzigingen weggooien/ }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Telefoonnummer' })).toHaveValue('073-0000000'));
  });
});
