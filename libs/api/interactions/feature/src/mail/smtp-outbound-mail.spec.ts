import { UnavailableError } from '@gemeente-crm/api-kernel';
import { FakeSmtpServer } from '../testing/fake-smtp-server.js';
import { SmtpOutboundMail } from './smtp-outbound-mail.js';

describe('sending e-mail through an SMTP relay', () => {
  let server: FakeSmtpServer;
  let mail: SmtpOutboundMail;

  beforeEach(async () => {
    server = new FakeSmtpServer();
    const port = await server.start();
    mail = new SmtpOutboundMail(`smtp://127.0.0.1:${port}`, '"Gemeente CRM" <crm@gemeente.example>');
  });

  afterEach(async () => {
    mail.close();
    await server.stop();
  });

  it('delivers a plain-text message over SMTP', async () => {
    await mail.send({ to: 'anne@gemeente.example', subject: 'Taak voor vandaag: Offerte nabellen', text: 'De taak moet vandaag af zijn.' });
    const [received] = await server.waitFor(1);
    expect(received!.from).toBe('crm@gemeente.example');
    expect(received!.to).toEqual(['anne@gemeente.example']);
    expect(received!.data).toContain('Subject: Taak voor vandaag: Offerte nabellen');
    expect(received!.data).toContain('De taak moet vandaag af zijn.');
  });

  it('reports a refused message as unavailable, so the job is retried', async () => {
    server.failNext = true;
    await expect(mail.send({ to: 'anne@gemeente.example', subject: 'X', text: 'Y' })).rejects.toBeInstanceOf(UnavailableError);
    await mail.send({ to: 'anne@gemeente.example', subject: 'X', text: 'Y' });
    expect(server.received).toHaveLength(1);
  });

  it('reports a relay that does not answer as unavailable', async () => {
    await server.stop();
    await expect(mail.send({ to: 'anne@gemeente.example', subject: 'X', text: 'Y' })).rejects.toMatchObject({ code: 'mail.unavailable' });
  });
});
