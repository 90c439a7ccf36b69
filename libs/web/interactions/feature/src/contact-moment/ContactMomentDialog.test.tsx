import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, networkError, problem, renderRoutes } from '@gemeente-crm/web-testing';
import { baseApi, ORG, testRoutes } from '../test/fixtures';
import { emptyContactMomentValues, followUpTaskInput, notesToHtml } from './contactMomentForm';
import { RecordContactMomentButton } from './RecordContactMomentButton';

const moment = (body: unknown) => json({ id: '33333333-3333-4333-8333-333333333333', ...(body as object) }, 201);

function setup(options: { roles?: Parameters<typeof renderRoutes>[0]['roles']; archived?: boolean; api?: ReturnType<typeof baseApi> } = {}) {
  const api = options.api ?? baseApi().on('POST', '/api/v1/contact-moments', (request) => moment(request.body));
  const element = (
    <>
      <h1>Organisatie</h1>
      <RecordContactMomentButton relation={{ ...ORG, archived: options.archived ?? false }} />
    </>
  );
  return renderRoutes({ routes: testRoutes(element), path: '/pagina', api, ...(options.roles ? { roles: options.roles } : {}) });
}

const open = async (user: ReturnType<typeof setup>['user']) => {
  await user.click(await screen.findByRole('button', { name: 'Contactmoment vastleggen' }));
  return screen.getByRole('dialog', { name: 'Contactmoment vastleggen met Bakkerij De Korenschoof' });
};

describe('Contactmoment vastleggen', () => {
  it('is done with the keyboard alone: focus on the channel, type, Ctrl+Enter saves', async () => {
    const { user, api } = setup();
    const dialog = await open(user);
    const channel = within(dialog).getByRole('combobox', { name: 'Kanaal' });
    expect(channel).toHaveFocus();
    await user.selectOptions(channel, 'e-mail');
    await user.tab();
    expect(within(dialog).getByRole('radio', { name: 'Inkomend' })).toHaveFocus();
    await user.click(within(dialog).getByRole('radio', { name: 'Uitgaand' }));
    await user.tab();
    expect(within(dialog).getByRole('textbox', { name: 'Onderwerp' })).toHaveFocus();
    await user.keyboard('Vraag over terrasvergunning');
    await user.tab();
    await user.keyboard('Wil het terras uitbreiden.{Shift>}{Enter}{/Shift}Stuurt tekening <na>.');
    await user.keyboard('{Control>}{Enter}{/Control}');

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const [request] = api.calls('POST', '/api/v1/contact-moments');
    expect(request?.body).toEqual({
      channel: 'e-mail',
      direction: 'uitgaand',
      subject: 'Vraag over terrasvergunning',
      notes: '<p>Wil het terras uitbreiden.<br>Stuurt tekening &lt;na&gt;.</p>',
      links: [{ objectType: 'organisation', objectId: ORG.objectId }],
    });
    // Untouched, the time is "now": the API's clock decides.
    expect(request?.body).not.toHaveProperty('occurredAt');
    expect(await screen.findByText('Het contactmoment met Bakkerij De Korenschoof is vastgelegd.')).toBeInTheDocument();
    expect(api.calls('POST', '/api/v1/tasks')).toHaveLength(0);
  });

  it('creates the follow-up task for the new contact moment, with assignee and due date', async () => {
    const api = baseApi()
      .on('POST', '/api/v1/contact-moments', (request) => moment(request.body))
      .on('POST', '/api/v1/tasks', (request) => json({ id: 't-9', ...(request.body as object) }, 201));
    const { user } = setup({ api });
    const dialog = await open(user);
    await user.type(within(dialog).getByRole('textbox', { name: 'Onderwerp' }), 'Offerte besproken');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Met contactpersoon (optioneel)' }), 'Jan de Vries (Eigenaar)');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Vervolgtaak aanmaken' }));
    const group = within(dialog).getByRole('group', { name: 'Vervolgtaak' });
    await user.type(within(group).getByRole('textbox', { name: 'Wat moet er gebeuren?' }), 'Aangepaste offerte sturen');
    const assignee = within(group).getByRole('combobox', { name: 'Toegewezen aan' });
    expect(assignee).toHaveDisplayValue('Anna Accountmanager (ik)');
    // Only staff who work on tasks can be chosen.
    expect(within(assignee).queryByRole('option', { name: 'Lotte Lezer' })).not.toBeInTheDocument();
    await user.selectOptions(assignee, 'Bram Medewerker');
    fireEvent.change(within(group).getByLabelText('Deadline (optioneel)'), { target: { value: '2026-12-12' } });
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.calls('POST', '/api/v1/contact-moments')[0]?.body).toMatchObject({
      links: [
        { objectType: 'organisation', objectId: ORG.objectId },
        { objectType: 'person', objectId: '22222222-2222-4222-8222-222222222222' },
      ],
    });
    expect(api.calls('POST', '/api/v1/tasks')[0]?.body).toEqual({
      title: 'Aangepaste offerte sturen',
      assigneeId: 'u-2',
      dueDate: '2026-12-12',
      relation: { objectType: 'organisation', objectId: ORG.objectId },
      contactMomentId: '33333333-3333-4333-8333-333333333333',
    });
    expect(await screen.findByText(/is vastgelegd, met een vervolgtaak/)).toBeInTheDocument();
  });

  it('checks the subject and the time in the browser; the summary links to the field', async () => {
    const { user, api } = setup();
    const dialog = await open(user);
    fireEvent.change(within(dialog).getByLabelText(/Datum en tijd/), { target: { value: '2099-01-01T10:00' } });
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));

    const summary = within(dialog).getByRole('alert');
    expect(summary).toHaveTextContent('Er zijn 2 problemen met uw invoer');
    expect(summary).toHaveFocus();
    const subject = within(dialog).getByRole('textbox', { name: 'Onderwerp' });
    expect(subject).toHaveAccessibleDescription('Vul een onderwerp in.');
    expect(within(dialog).getByLabelText(/Datum en tijd/)).toHaveAccessibleDescription(/kan niet in de toekomst liggen/);
    await user.click(within(summary).getByRole('link', { name: 'Onderwerp: Vul een onderwerp in.' }));
    expect(subject).toHaveFocus();
    expect(api.calls('POST', '/api/v1/contact-moments')).toHaveLength(0);
  });

  it('sends a changed time as an ISO date-time', async () => {
    const { user, api } = setup();
    const dialog = await open(user);
    fireEvent.change(within(dialog).getByLabelText(/Datum en tijd/), { target: { value: '2026-01-05T09:30' } });
    await user.type(within(dialog).getByRole('textbox', { name: 'Onderwerp' }), 'Bezoek{Enter}');
    await waitFor(() => expect(api.calls('POST', '/api/v1/contact-moments')).toHaveLength(1));
    expect(api.calls('POST', '/api/v1/contact-moments')[0]?.body).toMatchObject({ occurredAt: new Date('2026-01-05T09:30').toISOString() });
  });

  it('shows the API’s field errors next to the fields and keeps the input', async () => {
    const api = baseApi().on('POST', '/api/v1/contact-moments', () =>
      problem(422, { code: 'validation-failed', errors: [{ field: 'subject', code: 'subject.too-long', message: 'Het onderwerp is te lang.' }, { field: 'links.0.objectId', code: 'link.archived', message: 'Deze relatie is gearchiveerd.' }] }),
    );
    const { user } = setup({ api });
    const dialog = await open(user);
    await user.type(within(dialog).getByRole('textbox', { name: 'Onderwerp' }), 'Te lang{Enter}');
    expect(await within(dialog).findByText('Er zijn 2 problemen met uw invoer')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Onderwerp' })).toHaveAccessibleDescription('Het onderwerp is te lang.');
    expect(within(dialog).getByRole('combobox', { name: 'Met contactpersoon (optioneel)' })).toHaveAccessibleDescription('Deze relatie is gearchiveerd.');
    expect(within(dialog).getByRole('textbox', { name: 'Onderwerp' })).toHaveValue('Te lang');
  });

  it('when only the task failed, saving again creates just the task', async () => {
    const api = baseApi()
      .on('POST', '/api/v1/contact-moments', (request) => moment(request.body))
      .on('POST', '/api/v1/tasks', (request) => json({ id: 't-9', ...(request.body as object) }, 201))
      .on('POST', '/api/v1/tasks', () => problem(422, { code: 'validation-failed', errors: [{ field: 'assigneeId', code: 'assignee.unknown', message: 'Deze medewerker is onbekend.' }] }), { once: true });
    const { user } = setup({ api });
    const dialog = await open(user);
    await user.type(within(dialog).getByRole('textbox', { name: 'Onderwerp' }), 'Gebeld');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Vervolgtaak aanmaken' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Wat moet er gebeuren?' }), 'Terugbellen');
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));

    expect(await within(dialog).findByText(/Het contactmoment is opgeslagen, maar de vervolgtaak nog niet/)).toBeInTheDocument();
    expect(within(dialog).getByRole('combobox', { name: 'Toegewezen aan' })).toHaveAccessibleDescription('Deze medewerker is onbekend.');
    expect(within(dialog).getByRole('textbox', { name: 'Onderwerp' })).toBeDisabled();
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.calls('POST', '/api/v1/contact-moments')).toHaveLength(1);
    expect(api.calls('POST', '/api/v1/tasks')).toHaveLength(2);
  });

  it('on a network failure says so calmly and retries with the same input', async () => {
    const api = baseApi()
      .on('POST', '/api/v1/contact-moments', (request) => moment(request.body))
      .on('POST', '/api/v1/contact-moments', () => networkError(), { once: true });
    const { user } = setup({ api });
    const dialog = await open(user);
    await user.type(within(dialog).getByRole('textbox', { name: 'Onderwerp' }), 'Gebeld{Enter}');
    expect(await within(dialog).findByText(/even geen verbinding met de server/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Opnieuw proberen' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.calls('POST', '/api/v1/contact-moments')).toHaveLength(2);
  });

  it('keeps what was typed as a draft when the dialog is closed', async () => {
    const { user, api } = setup();
    let dialog = await open(user);
    await user.type(within(dialog).getByRole('textbox', { name: 'Onderwerp' }), 'Half af');
    await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    dialog = await open(user);
    expect(within(dialog).getByRole('textbox', { name: 'Onderwerp' })).toHaveValue('Half af');
    expect(within(dialog).getByText(/niet had opgeslagen, is teruggezet/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Wijzigingen weggooien' }));
    expect(within(dialog).getByRole('textbox', { name: 'Onderwerp' })).toHaveValue('');
    expect(api.calls('POST', '/api/v1/contact-moments')).toHaveLength(0);
  });

  it('is not offered to roles that may not register contact moments, nor for an archived relation', async () => {
    const first = setup({ roles: ['functioneel-beheerder'] });
    await screen.findByRole('heading', { name: 'Organisatie' });
    expect(screen.queryByRole('button', { name: 'Contactmoment vastleggen' })).not.toBeInTheDocument();
    first.unmount();
    setup({ archived: true });
    await screen.findByRole('heading', { name: 'Organisatie' });
    expect(screen.queryByRole('button', { name: 'Contactmoment vastleggen' })).not.toBeInTheDocument();
  });
});

describe('notesToHtml', () => {
  it('makes paragraphs of blocks and line breaks of single newlines, escaping what was typed', () => {
    expect(notesToHtml('Eerste regel\ntweede\n\n\nNieuwe <alinea> & zo')).toBe('<p>Eerste regel<br>tweede</p><p>Nieuwe &lt;alinea&gt; &amp; zo</p>');
    expect(notesToHtml('  \n ')).toBeNull();
  });
});

describe('followUpTaskInput', () => {
  it('makes the follow-up of a contact moment recorded on a lead a task about that lead', () => {
    const values = { ...emptyContactMomentValues('u-1'), followUp: true, taskTitle: ' Offerte sturen ' };
    const lead = { objectType: 'lead' as const, objectId: '44444444-4444-4444-8444-444444444444' };
    expect(followUpTaskInput(values, ORG, 'cm-1', lead)).toEqual({
      title: 'Offerte sturen',
      assigneeId: 'u-1',
      dueDate: null,
      relation: { objectType: 'organisation', objectId: ORG.objectId },
      contactMomentId: 'cm-1',
      regarding: lead,
    });
    expect(followUpTaskInput(values, ORG, 'cm-1')).not.toHaveProperty('regarding');
  });
});
