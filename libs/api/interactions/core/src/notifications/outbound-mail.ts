/** A plain-text e-mail to one recipient. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends e-mail. The SMTP adapter speaks to the municipality's mail relay; without one
 * configured, a logging adapter stands in and nothing leaves the building.
 *
 * @throws UnavailableError when the mail server cannot be reached or refuses the message, so
 *   the job that sends it is retried
 */
export abstract class OutboundMail {
  abstract send(message: MailMessage): Promise<void>;
}
