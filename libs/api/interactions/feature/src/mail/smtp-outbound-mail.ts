import { UnavailableError } from '@gemeente-crm/api-kernel';
import { type MailMessage, OutboundMail } from '@gemeente-crm/interactions-core';
import nodemailer, { type Transporter } from 'nodemailer';

/**
 * E-mail through the municipality's SMTP relay (nodemailer). Timeouts are short: the mail queue
 * retries, and a hanging relay must not hold a worker for minutes.
 */
export class SmtpOutboundMail extends OutboundMail {
  private readonly transport: Transporter;

  /**
   * @param smtpUrl e.g. `smtp://user:password@relay.gemeente.nl:587` (STARTTLS when offered) or `smtps://…:465`
   * @param from sender, e.g. `"Gemeente CRM" <crm@gemeente.nl>`
   */
  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    super();
    this.transport = nodemailer.createTransport({ url: smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
  }

  async send(message: MailMessage): Promise<void> {
    try {
      await this.transport.sendMail({ from: this.from, to: message.to, subject: message.subject, text: message.text });
    } catch (error) {
      throw new UnavailableError('mail.unavailable', `De mailserver nam het bericht niet aan: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  close(): void {
    this.transport.close();
  }
}
