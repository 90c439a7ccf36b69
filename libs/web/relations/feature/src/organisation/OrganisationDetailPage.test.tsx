import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ContactPerson } from '@gemeente-crm/web-api-client';
import { json, problem, renderRoutes } from '@gemeente-crm/web-testing';
import { baseApi, organisation, person, testRoutes } from '../test/fixtures';

const DETAIL = '/relaties/organisaties/org-1';

describe('Organisatie', () => {
  it('shows the overview with labelled values and tabs', async () => {
    renderRoutes({ routes: testRoutes, path: DETAIL, api: baseApi().get('/api/v1/organisations/org-1', organisation()) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Bakkerij De Korenschoof' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Overzicht', selected: true })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Contactpersonen' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Geschiedenis' })).toBeInTheDocument();
    expect(await screen.findByText("Markt 1, 5211 AB 's-Hertogenbosch")).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'info@korenschoof.nl' })).toHaveAttribute('href', 'mailto:info@korenschoof.nl');
    expect(screen.getByRole('link', { name: 'Bewerken' })).toHaveAttribute('href', '/relaties/organisaties/org-1/bewerken');
  });

  it('archives only with a reason, and shows the archived state', async () => {
    const api = baseApi()
      .get('/api/v1/organisations/org-1', organisation())
      .on('POST', '/api/v1/organisations/:id/archive', (request) =>
        json(organisation({ archivedAt: '2026-03-01T10:00:00Z', archiveReason: (request.body as { reason: string }).reason, version: 4 })),
      );
    const { user } = renderRoutes({ routes: testRoutes, path: DETAIL, api });
    await user.click(await screen.findByRole('button', { name: 'Archiveren' }));
    const dialog = screen.getByRole('dialog', { name: 'Bakkerij De Korenschoof archiveren' });
    await user.click(within(dialog).getByRole('button', { name: 'Archiveren' }));
    expect(api.calls('POST', '/api/v1/organisations/org-1/archive')).toHaveLength(0);
    await user.type(within(dialog).getByRole('textbox', { name: /Reden/ }), 'Bedrijf opgeheven');
    await user.click(within(dialog).getByRole('button', { name: 'Archiveren' }));

    expect(await screen.findByText(/Deze organisatie is gearchiveerd op 1 maart 2026/)).toBeInTheDocument();
    expect(screen.getByText(/Reden: Bedrijf opgeheven/)).toBeInTheDocument();
    expect(api.calls('POST', '/api/v1/organisations/org-1/archive')[0]?.body).toEqual({ reason: 'Bedrijf opgeheven' });
    expect(await screen.findByRole('button', { name: 'Herstellen' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Bewerken' })).not.toBeInTheDocument();
  });

  it('hides actions a role may not use', async () => {
    renderRoutes({ routes: testRoutes, path: DETAIL, api: baseApi().get('/api/v1/organisations/org-1', organisation()), roles: ['functioneel-beheerder'] });
    await screen.findByRole('heading', { level: 1, name: 'Bakkerij De Korenschoof' });
    expect(screen.queryByRole('link', { name: 'Bewerken' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Archiveren' })).not.toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Geschiedenis' })).toBeInTheDocument();
  });

  it('shows "Geen toegang" when the API refuses (403)', async () => {
    renderRoutes({ routes: testRoutes, path: DETAIL, api: baseApi().get('/api/v1/organisations/org-1', () => problem(403, { code: 'role-not-allowed' })) });
    expect(await screen.findByText('Geen toegang')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Opnieuw proberen' })).not.toBeInTheDocument();
  });

  it('links and unlinks contact persons (unlink needs a reason)', async () => {
    const contacts: ContactPerson[] = [
      { id: 'link-1', personId: 'p-1', organisationId: 'org-1', organisationName: 'Bakkerij De Korenschoof', displayName: 'Jan de Vries', function: 'Eigenaar', email: 'jan@example.nl', phone: null },
    ];
    const api = baseApi()
      .get('/api/v1/organisations/org-1', organisation())
      .get('/api/v1/organisations/org-1/contact-persons', () => json(contacts))
      .get('/api/v1/persons', { items: [{ id: 'p-2', displayName: 'Petra Bakker', email: 'petra@example.nl', phone: null, archived: false, updatedAt: '2026-01-01T00:00:00Z' }], page: 1, pageSize: 20, total: 1 })
      .on('POST', '/api/v1/organisations/:id/contact-persons', (request) => {
        contacts.push({ id: 'link-2', personId: 'p-2', organisationId: 'org-1', organisationName: 'Bakkerij De Korenschoof', displayName: 'Petra Bakker', function: (request.body as { function: string }).function, email: null, phone: null });
        return json(contacts[1], 201);
      })
      .on('DELETE', '/api/v1/organisations/:id/contact-persons/:personId', () => {
        contacts.splice(0, 1);
        return new Response(null, { status: 204 });
      });
    const { user } = renderRoutes({ routes: testRoutes, path: `${DETAIL}/contactpersonen`, api });
    const table = await screen.findByRole('table', { name: 'Contactpersonen van Bakkerij De Korenschoof' });
    expect(within(table).getByRole('link', { name: 'Jan de Vries' })).toHaveAttribute('href', '/relaties/personen/p-1');

    await user.click(screen.getByRole('button', { name: 'Contactpersoon koppelen' }));
    const dialog = screen.getByRole('dialog', { name: /Contactpersoon koppelen aan/ });
    await user.type(within(dialog).getByRole('combobox', { name: 'Persoon zoeken' }), 'pet');
    await user.click(await screen.findByRole('option', { name: /Petra Bakker/ }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Functie' }), 'Inkoper');
    await user.click(within(dialog).getByRole('button', { name: 'Contactpersoon koppelen' }));
    expect(await within(table).findByRole('link', { name: 'Petra Bakker' })).toBeInTheDocument();
    expect(api.calls('POST', '/api/v1/organisations/org-1/contact-persons')[0]?.body).toEqual({ personId: 'p-2', function: 'Inkoper' });

    await user.click(within(table).getByRole('button', { name: 'Jan de Vries ontkoppelen' }));
    const unlink = screen.getByRole('dialog', { name: /Jan de Vries ontkoppelen van/ });
    await user.type(within(unlink).getByRole('textbox', { name: /Reden/ }), 'Werkt er niet meer');
    await user.click(within(unlink).getByRole('button', { name: 'Ontkoppelen' }));
    await waitFor(() => expect(within(table).queryByRole('link', { name: 'Jan de Vries' })).not.toBeInTheDocument());
    expect(api.calls('DELETE', '/api/v1/organisations/org-1/contact-persons/p-1')[0]?.headers.get('x-reason')).toBe('Werkt%20er%20niet%20meer');
  });

  it('shows the audit trail with Dutch field names, old and new values and the reason', async () => {
    const api = baseApi()
      .get('/api/v1/organisations/org-1', organisation())
      .get('/api/v1/organisations/org-1/history', {
        items: [
          { id: 'h2', occurredAt: '2026-02-01T10:00:00Z', actorName: 'Anna Accountmanager', action: 'update', changes: { phone: { old: '073-1111111', new: '073-1234567' }, status: { old: 'prospect', new: 'actief' } }, reason: 'Klant geworden' },
          { id: 'h1', occurredAt: '2026-01-10T09:00:00Z', actorName: 'Bram Beheer', action: 'create', changes: {}, reason: null },
        ],
        page: 1,
        pageSize: 20,
        total: 2,
      });
    renderRoutes({ routes: testRoutes, path: `${DETAIL}/geschiedenis`, api });
    const list = await screen.findByRole('list', { name: 'Geschiedenis' });
    const [update, create] = within(list).getAllByRole('listitem');
    expect(update).toHaveTextContent('Gewijzigd');
    expect(update).toHaveTextContent('Anna Accountmanager');
    expect(update).toHaveTextContent('Klant geworden');
    const row = within(update as HTMLElement).getByRole('row', { name: /Status/ });
    expect(row).toHaveTextContent('Prospect');
    expect(row).toHaveTextContent('Actief');
    expect(within(update as HTMLElement).getByRole('rowheader', { name: 'Telefoonnummer' })).toBeInTheDocument();
    expect(create).toHaveTextContent('Aangemaakt');
    expect(create).toHaveTextContent('Geen reden opgegeven');
  });
});

describe('Persoon', () => {
  it('shows the BSN only when the API returned it, masked until asked', async () => {
    const api = baseApi()
      .get('/api/v1/persons/p-1', person({ bsn: '111222333' }))
      .get('/api/v1/persons/p-1/organisations', [{ id: 'l1', organisationId: 'org-1', organisationName: 'Bakkerij De Korenschoof', function: 'Eigenaar' }]);
    const { user } = renderRoutes({ routes: testRoutes, path: '/relaties/personen/p-1', api, roles: ['klachtcoordinator'] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Jan de Vries' })).toBeInTheDocument();
    expect(screen.getByText('BSN')).toBeInTheDocument();
    expect(screen.queryByText('111222333')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'BSN tonen' }));
    expect(screen.getByText('111222333')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Bakkerij De Korenschoof' })).toHaveAttribute('href', '/relaties/organisaties/org-1');
  });

  it('has no BSN row when the API left it out', async () => {
    const api = baseApi().get('/api/v1/persons/p-1', person()).get('/api/v1/persons/p-1/organisations', []);
    renderRoutes({ routes: testRoutes, path: '/relaties/personen/p-1', api });
    await screen.findByRole('heading', { level: 1, name: 'Jan de Vries' });
    expect(screen.queryByText('BSN')).not.toBeInTheDocument();
    expect(await screen.findByText('Deze persoon is niet gekoppeld aan een organisatie.')).toBeInTheDocument();
  });
});
