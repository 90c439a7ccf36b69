import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeApi, json, problem, renderRoutes } from '@gemeente-crm/web-testing';
import { EmailImportDialog } from './EmailImportButton';
import { EmailImportResults } from './EmailImportResults';

const ORG = { objectType: 'organisation' as const, objectId: '11111111-1111-4111-8111-111111111111', name: 'Bakkerij Van Dijk', archived: false };
const MOMENT = '33333333-3333-4333-8333-333333333333';

const created = {
  fileName: 'offerte.eml',
  status: 'created' as const,
  contactMomentId: MOMENT,
  subject: 'Offerte terrasuitbreiding',
  attachments: [{ id: '44444444-4444-4444-8444-444444444444', fileName: 'offerte.pdf' }],
  skippedAttachments: [{ fileName: 'korting.exe', code: 'document.executable', message: 'Programma’s en scripts kunnen niet worden opgeslagen.' }],
  code: null,
  detail: null,
};

describe('EmailImportResults', () => {
  it('lists each file with what happened to it, its attachments and what was not kept', async () => {
    renderRoutes({
      routes: [
        {
          path: '/',
          element: (
            <EmailImportResults
              results={[
                created,
                { ...created, fileName: 'kopie.eml', status: 'duplicate', subject: null, attachments: [], skippedAttachments: [], code: 'email-already-imported', detail: 'Deze e-mail is al eerder bij deze relatie toegevoegd.' },
              ]}
            />
          ),
        },
      ],
    });
    const [first, second] = within(await screen.findByRole('list')).getAllByRole('listitem');
    expect(first).toHaveTextContent('Toegevoegd');
    expect(first).toHaveTextContent('offerte.eml– Offerte terrasuitbreiding');
    expect(first).toHaveTextContent('Bijlagen: offerte.pdf');
    expect(first).toHaveTextContent('Niet bewaard: korting.exe (Programma’s en scripts kunnen niet worden opgeslagen.)');
    expect(second).toHaveTextContent('Al eerder toegevoegd');
    expect(second).toHaveTextContent('Deze e-mail is al eerder bij deze relatie toegevoegd.');
  });
});

describe('E-mail toevoegen', () => {
  it('sends each dropped file on its own and reports created, duplicate and refused files', async () => {
    const path = `/api/v1/organisations/${ORG.objectId}/emails`;
    // Later registrations win: the first request gets the last `once` answer.
    const api = new FakeApi()
      .on('POST', path, () =>
        problem(422, {
          code: 'validation-failed',
          detail: 'De invoer is ongeldig.',
          errors: [{ field: 'file', code: 'email.unreadable', message: 'Dit bestand kon niet als e-mail worden gelezen.' }],
        }),
      )
      .on('POST', path, () => problem(409, { code: 'email-already-imported', detail: 'Deze e-mail is al eerder bij deze relatie toegevoegd.', contactMomentId: MOMENT }), { once: true })
      .on('POST', path, () => json({ results: [created] }, 201), { once: true });
    const { user } = renderRoutes({ routes: [{ path: '/', element: <EmailImportDialog relation={ORG} onClose={() => undefined} /> }], api });
    const dialog = await screen.findByRole('dialog', { name: 'E-mail toevoegen aan Bakkerij Van Dijk' });
    const files = ['offerte.eml', 'kopie.eml', 'kapot.eml'].map((name) => new File(['From: a@b.nl\r\n\r\nx'], name));
    await user.upload(within(dialog).getByLabelText('E-mails toevoegen', { selector: 'input' }), files);
    await waitFor(() => expect(api.calls('POST', `/api/v1/organisations/${ORG.objectId}/emails`)).toHaveLength(3));
    const items = await within(dialog).findAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('Toegevoegd'),
      expect.stringContaining('Al eerder toegevoegd'),
      expect.stringContaining('Dit bestand kon niet als e-mail worden gelezen.'),
    ]);
  });
});
