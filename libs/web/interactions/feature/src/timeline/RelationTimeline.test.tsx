import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TimelinePage } from '@gemeente-crm/web-api-client';
import { json, renderRoutes } from '@gemeente-crm/web-testing';
import { RelationKeyFacts } from '../summary/RelationKeyFacts';
import { baseApi, ORG, testRoutes } from '../test/fixtures';
import { periodRange, RelationTimeline } from './RelationTimeline';

const TIMELINE = `/api/v1/organisations/${ORG.objectId}/timeline`;

function timelinePage(overrides: Partial<TimelinePage> = {}): TimelinePage {
  return {
    items: [
      { kind: 'contact-moment', id: 'cm-1', occurredAt: '2026-11-20T10:15:00Z', title: 'Vraag over terrasvergunning', actorId: 'u-1', actorName: 'Anna Accountmanager', channel: 'telefoon', direction: 'inkomend', notesExcerpt: 'Wil het terras uitbreiden.' },
      { kind: 'task', id: 't-1', occurredAt: '2026-11-19T09:00:00Z', title: 'Offerte nabellen', actorId: 'u-1', actorName: 'Anna Accountmanager', status: 'open', dueDate: '2026-12-01', assigneeId: 'u-2', assigneeTeam: null, closedAt: null },
      { kind: 'change', id: 'a-1', occurredAt: '2026-11-18T08:00:00Z', title: 'Gewijzigd: phone', actorId: 'u-2', actorName: 'Bram Medewerker', action: 'update', changedFields: ['phone', 'email'], reason: 'Nieuw nummer' },
    ],
    page: 1,
    pageSize: 25,
    total: 3,
    totalIsExact: true,
    counts: { contactMoment: 12, email: 0, task: 4, document: 0, change: 7 },
    ...overrides,
  };
}

const render = (path = '/pagina', page = timelinePage()) => {
  const api = baseApi().get(TIMELINE, () => json(page));
  return { ...renderRoutes({ routes: testRoutes(<RelationTimeline relation={ORG} />), path, api }), api };
};

describe('Tijdlijn', () => {
  it('shows contact moments, tasks and changes newest first, each saying what it is', async () => {
    render();
    const list = await screen.findByRole('list', { name: 'Tijdlijn' });
    const [contact, task, change] = within(list).getAllByRole('listitem');
    expect(contact).toHaveTextContent('Contactmoment');
    expect(within(contact as HTMLElement).getByRole('heading', { level: 3, name: 'Vraag over terrasvergunning' })).toBeInTheDocument();
    expect(contact).toHaveTextContent('Telefoon, inkomend');
    expect(contact).toHaveTextContent('Wil het terras uitbreiden.');
    expect(task).toHaveTextContent('Taak');
    expect(task).toHaveTextContent('Open');
    expect(task).toHaveTextContent('deadline 1 december 2026');
    expect(await within(task as HTMLElement).findByText(/Bram Medewerker/)).toBeInTheDocument();
    expect(change).toHaveTextContent('Gewijzigd: Telefoonnummer, E-mailadres');
    expect(change).toHaveTextContent('Reden: Nieuw nummer');
    expect(screen.getByText('3 items in de tijdlijn')).toBeInTheDocument();
  });

  it('filters by kind (with counts per kind) and period, through the URL', async () => {
    const { user, router, api } = render();
    const filters = await screen.findByRole('search', { name: 'Filters voor de tijdlijn' });
    const changes = await within(filters).findByRole('checkbox', { name: 'Wijzigingen (7)' });
    expect(within(filters).getByRole('checkbox', { name: 'Contactmomenten (12)' })).toBeChecked();
    expect(api.calls('GET', TIMELINE)[0]?.query.get('kinds')).toBe('contact-moment,email,task,document,change');

    await user.click(changes);
    await waitFor(() => expect(router.state.location.search).toBe('?soort=contactmoment%2Ce-mail%2Ctaak%2Cdocument'));
    await waitFor(() => expect(api.calls('GET', TIMELINE).at(-1)?.query.get('kinds')).toBe('contact-moment,email,task,document'));

    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Periode' }), 'Afgelopen 30 dagen');
    await waitFor(() => expect(api.calls('GET', TIMELINE).at(-1)?.query.has('from')).toBe(true));
    expect(router.state.location.search).toContain('periode=30');
  });

  it('asks for at least one kind, and for an end date after the start date', async () => {
    const { user, api } = render('/pagina?periode=eigen');
    const filters = await screen.findByRole('search', { name: 'Filters voor de tijdlijn' });
    fireEvent.change(within(filters).getByLabelText('Vanaf'), { target: { value: '2026-11-10' } });
    fireEvent.change(within(filters).getByLabelText('Tot en met'), { target: { value: '2026-11-01' } });
    expect(await within(filters).findByText('De einddatum ligt vóór de begindatum.')).toBeInTheDocument();

    fireEvent.change(within(filters).getByLabelText('Tot en met'), { target: { value: '2026-11-12' } });
    await waitFor(() => expect(api.calls('GET', TIMELINE).at(-1)?.query.get('to')).toBe(new Date('2026-11-13T00:00:00').toISOString()));
    for (const name of [/Contactmomenten/, /E-mails/, /Taken/, /Documenten/, /Wijzigingen/]) await user.click(within(filters).getByRole('checkbox', { name }));
    expect(await screen.findByText('Kies minstens één soort om te tonen.')).toBeInTheDocument();
  });

  it('calls a merge "Samengevoegd" with the fields the survivor took over and the reason', async () => {
    render(
      '/pagina',
      timelinePage({
        items: [
          { kind: 'change', id: 'a-2', occurredAt: '2026-11-18T09:00:00Z', title: 'Samengevoegd', actorId: 'u-1', actorName: 'Anna Accountmanager', action: 'merge', changedFields: ['merge', 'phone'], reason: 'Twee keer ingevoerd' },
          { kind: 'change', id: 'a-3', occurredAt: '2026-11-17T09:00:00Z', title: 'Samengevoegd', actorId: 'u-1', actorName: 'Anna Accountmanager', action: 'merge', changedFields: ['merge'], reason: null },
        ],
        total: 2,
      }),
    );
    const list = await screen.findByRole('list', { name: 'Tijdlijn' });
    const [withField, bare] = within(list).getAllByRole('listitem') as HTMLElement[];
    expect(within(withField!).getByRole('heading', { level: 3 })).toHaveTextContent(/^Samengevoegd: Telefoonnummer$/);
    expect(withField).toHaveTextContent('Reden: Twee keer ingevoerd');
    expect(within(bare!).getByRole('heading', { level: 3 })).toHaveTextContent(/^Samengevoegd$/);
  });

  it('shows an e-mail with sender, recipients and its attachments as download buttons, and documents', async () => {
    render(
      '/pagina',
      timelinePage({
        items: [
          {
            kind: 'email',
            id: 'm-2',
            occurredAt: '2026-11-21T10:00:00Z',
            title: 'Offerte terrasuitbreiding',
            actorId: 'u-1',
            actorName: 'Anna Accountmanager',
            direction: 'inkomend',
            from: { address: 'piet@bakkerij.nl', name: 'Piet Bakker' },
            to: [{ address: 'anna@s-hertogenbosch.nl', name: null }],
            notesExcerpt: 'Hierbij de offerte.',
            attachments: [{ id: 'd-1', fileName: 'offerte.pdf', sizeBytes: 1200 }],
          },
          { kind: 'document', id: 'd-2', occurredAt: '2026-11-20T10:00:00Z', title: 'tellingen.csv', actorId: 'u-1', actorName: null, contentType: 'text/csv', sizeBytes: 20, description: null },
        ],
        total: 2,
      }),
    );
    const list = await screen.findByRole('list', { name: 'Tijdlijn' });
    const email = within(list).getAllByRole('listitem')[0] as HTMLElement;
    expect(email).toHaveTextContent('E-mail');
    expect(email).toHaveTextContent('Piet Bakker aan anna@s-hertogenbosch.nl');
    expect(within(email).getByRole('button', { name: 'Bijlage offerte.pdf downloaden' })).toBeInTheDocument();
    expect(within(list).getByRole('button', { name: 'Bijlage tellingen.csv downloaden' })).toBeInTheDocument();
  });

  it('pages through a long timeline', async () => {
    const { user, router } = render('/pagina', timelinePage({ total: 60 }));
    const nav = await screen.findByRole('navigation', { name: 'Pagina’s van de tijdlijn' });
    await user.click(within(nav).getByRole('button', { name: 'Pagina 2' }));
    await waitFor(() => expect(router.state.location.search).toBe('?pagina=2'));
  });

  it('says so when nothing happened in the period', async () => {
    render('/pagina', timelinePage({ items: [], total: 0, counts: { contactMoment: 0, email: 0, task: 0, document: 0, change: 0 } }));
    expect(await screen.findByText('Er is in deze periode niets vastgelegd.')).toBeInTheDocument();
  });
});

describe('periodRange', () => {
  it('turns the chosen period into the API’s from (inclusive) and to (exclusive)', () => {
    const now = new Date('2026-11-25T15:00:00');
    expect(periodRange('alles', '', '', now)).toEqual({});
    expect(periodRange('7', '', '', now)).toEqual({ from: new Date('2026-11-18T00:00:00').toISOString() });
    expect(periodRange('eigen', '2026-11-01', '2026-11-30', now)).toEqual({ from: new Date('2026-11-01T00:00:00').toISOString(), to: new Date('2026-12-01T00:00:00').toISOString() });
    expect(periodRange('eigen', '2026-11-30', '2026-11-01', now)).toEqual({ invalid: true });
  });
});

describe('Kerngegevens', () => {
  it('shows owner, status, open tasks (overdue in words) and the last contact', async () => {
    const api = baseApi().get(`/api/v1/organisations/${ORG.objectId}/summary`, {
      relation: { objectType: 'organisation', objectId: ORG.objectId, name: ORG.name, archived: false },
      ownerId: 'u-1',
      ownerName: 'Anna Accountmanager',
      status: 'actief',
      openTasks: 3,
      overdueTasks: 1,
      lastContact: { id: 'cm-1', occurredAt: '2026-11-20T10:15:00Z', channel: 'e-mail', direction: 'uitgaand', subject: 'Offerte verstuurd' },
    });
    renderRoutes({ routes: testRoutes(<RelationKeyFacts relation={ORG} />), path: '/pagina', api });
    const facts = await screen.findByRole('region', { name: 'Kerngegevens' });
    expect(await within(facts).findByText('Anna Accountmanager')).toBeInTheDocument();
    expect(within(facts).getByText('Actief')).toBeInTheDocument();
    expect(within(facts).getByRole('link', { name: '3 open' })).toHaveAttribute('href', `/taken?toegewezen=iedereen&organisatie=${ORG.objectId}`);
    expect(within(facts).getByText('1 over tijd')).toBeInTheDocument();
    expect(within(facts).getByText(/E-mail, uitgaand/)).toBeInTheDocument();
    expect(within(facts).getByRole('link', { name: 'Offerte verstuurd' })).toHaveAttribute('href', `/relaties/organisaties/${ORG.objectId}/tijdlijn`);
  });
});
