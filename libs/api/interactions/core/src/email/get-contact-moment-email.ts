import { UseCase } from '@gemeente-crm/relations-core';
import { NotFoundError } from '@gemeente-crm/api-kernel';
import type { EmailRecord } from './email-message.js';
import { EmailRecordRepository } from './email-ports.js';

/** The e-mail a contact moment was imported from: sender, recipients, Message-ID, documents. */
@UseCase()
export class GetContactMomentEmail {
  constructor(private readonly records: EmailRecordRepository) {}

  /** @throws NotFoundError `contact-moment.not-an-email` when it was not imported from an e-mail (or does not exist) */
  async execute(contactMomentId: string): Promise<EmailRecord> {
    const record = await this.records.findByContactMoment(contactMomentId);
    if (!record) throw new NotFoundError('contact-moment.not-an-email', 'Dit contactmoment is niet uit een e-mail overgenomen.');
    return record;
  }
}
