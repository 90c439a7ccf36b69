import { screen, waitFor, within } from '@testing-library/react';
import { Suspense } from 'react';
import { Outlet, type RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Organisation, Person } from '@gemeente-crm/web-api-client';
import { interactionRelationExtensions, interactionsRoutes } from '@gemeente-crm/web-interactions';
import { RelationExtensionsProvider, relationsRoutes } from '@gemeente-crm/web-relations';
import { FakeApi, renderRoutes } from '@gemeente-crm/web-testing';

const ORG_ID = '11111111-1111-4111-8111-111111111111';
const PERSON_ID = '22222222-2222-4222-8222-222222222222';

/** The relations and task screens as the app shell composes them. */
const routes: RouteObject[] = [
  {
    element: (
      <RelationExtensionsProvider value={interactionRelationExtensions}>
        <Suspense fallback={<p>Laden…</p>}>
          <Outlet />
        </Suspense>
      </RelationExtensionsProvider>
    ),
    children: [...relationsRoutes, ...interactionsRoutes],
  },
];

const organisation: Organisation = {
  id: ORG_ID,
  name: 'Bakkerij De Korenschoof',
  kvkNumber: null,
  vestigingsnummer: null,
  legalForm: null,
  sbiCodes: [],
  visitingAddress: null,
  postalAddress: null,
  phone: null,
  email: null,
  website: null,
  relationTypes: [],
  tags: [],
  ownerId: 'u-1',
  ownerName: 'Anna Accountmanager',
  status: 'actief',
  archivedAt: null,
  archiveReason: null,
  mergedIntoId: null,
  kvkStatus: null,
  kvkCheckedAt: null,
  version: 1,
  createdAt: '2026-01-10T09:00:00Z',
  updatedAt: '2026-02-01T10:00:00Z',
};

const person: Person = { id: PERSON_ID, voornaam: 'Jan', tussenvoegsel: 'de', achternaam: 'Vries', displayName: 'Jan de Vries', email: null, phone: null, postalAddress: null, archivedAt: null, archiveReason: null, mergedIntoId: null, version: 1, createdAt: '2026-01-10T09:00:00Z', updatedAt: '2026-02-01T10:00:00Z' };

const summary = (objectType: 'organisation' | 'person', objectId: string, name: string) => ({
  relation: { objectType, objectId, name, archived: false },
  ownerId: null,
  ownerName: null,
  status: null,
  openTasks: 2,
  overdueTasks: 0,
  lastContact: null,
});
const emptyTimeline = { items: [], page: 1, pageSize: 25, total: 0, counts: { contactMoment: 0, email: 0, task: 0, document: 0, change: 0 } };

function api() {
  return new FakeApi()
    .get('/api/v1/relation-types', [])
    .get('/api/v1/users', [])
    .get('/api/v1/organisations/:id', organisation)
    .get('/api/v1/organisations/:id/summary', summary('organisation', ORG_ID, organisation.name))
    .get('/api/v1/organisations/:id/timeline', emptyTimeline)
    .get('/api/v1/organisations/:id/contact-persons', [])
    .get('/api/v1/persons/:id', person)
    .get('/api/v1/persons/:id/organisations', [])
    .get('/api/v1/persons/:id/history', { items: [], page: 1, pageSize: 20, total: 0 })
    .get('/api/v1/persons/:id/summary', summary('person', PERSON_ID, person.displayName))
    .get('/api/v1/persons/:id/timeline', emptyTimeline);
}

describe('Relation pages with contact moments and tasks', () => {
  it('gives an organisation key facts, "Contactmoment vastleggen" and a Tijdlijn tab', async () => {
    const { user, router } = renderRoutes({ routes, path: `/relaties/organisaties/${ORG_ID}`, api: api() });
    await screen.findByRole('heading', { level: 1, name: 'Bakkerij De Korenschoof' });
    const facts = await screen.findByRole('region', { name: 'Kerngegevens' });
    expect(await within(facts).findByRole('link', { name: '2 open' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Contactmoment vastleggen' })).toBeInTheDocument();
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['Overzicht', 'Tijdlijn', 'Contactpersonen', 'Geschiedenis']);
    await user.click(screen.getByRole('tab', { name: 'Tijdlijn' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/relaties/organisaties/${ORG_ID}/tijdlijn`));
    expect(await screen.findByRole('heading', { level: 2, name: 'Tijdlijn' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Tijdlijn', selected: true })).toBeInTheDocument();
  });

  it('gives a person tabs Overzicht and Tijdlijn; the timeline (an audited read) loads only on its tab', async () => {
    const fake = api();
    const { user } = renderRoutes({ routes, path: `/relaties/personen/${PERSON_ID}`, api: fake });
    await screen.findByRole('heading', { level: 1, name: 'Jan de Vries' });
    expect(await screen.findByRole('tab', { name: 'Overzicht', selected: true })).toBeInTheDocument();
    expect(await screen.findByText('Deze persoon is niet gekoppeld aan een organisatie.')).toBeInTheDocument();
    expect(fake.calls('GET', `/api/v1/persons/${PERSON_ID}/timeline`)).toHaveLength(0);
    await user.click(screen.getByRole('tab', { name: 'Tijdlijn' }));
    expect(await screen.findByText('Er is in deze periode niets vastgelegd.')).toBeInTheDocument();
    expect(fake.calls('GET', `/api/v1/persons/${PERSON_ID}/timeline`)).toHaveLength(1);
  });

  it('leaves them out for roles without access to contact moments', async () => {
    renderRoutes({ routes, path: `/relaties/organisaties/${ORG_ID}/tijdlijn`, api: api(), roles: ['functioneel-beheerder'] });
    await screen.findByRole('heading', { level: 1, name: 'Bakkerij De Korenschoof' });
    // functioneel-beheerder reads interactions, but may not register them.
    expect(await screen.findByRole('tab', { name: 'Tijdlijn' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Contactmoment vastleggen' })).not.toBeInTheDocument();
  });
});
