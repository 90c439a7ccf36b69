import { Logger } from '@nestjs/common';
import { type MailMessage, OutboundMail } from '@gemeente-crm/interactions-core';

/**
 * Stands in when no SMTP relay is configured (the default): logs who would have received what,
 * without the body, and sends nothing. In-app notifications work regardless.
 */
export class LoggingOutboundMail extends OutboundMail {
  private readonly logger = new Logger('mail');

  async send(message: MailMessage): Promise<void> {
    this.logger.log(`e-mail is off (no SMTP_URL): not sending "${message.subject}" to ${message.to}`);
  }
}
