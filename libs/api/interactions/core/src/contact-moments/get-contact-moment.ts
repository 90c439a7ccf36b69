import { UseCase } from '@gemeente-crm/relations-core';
import type { ContactMoment } from './contact-moment.js';
import { contactMomentNotFound } from './contact-moment-errors.js';
import { ContactMomentRepository } from './contact-moment-repository.js';

@UseCase()
export class GetContactMoment {
  constructor(private readonly moments: ContactMomentRepository) {}

  /**
   * Archived ones are returned too (with `archivedAt`), so a link to one keeps working.
   * @throws NotFoundError `contact-moment.not-found`
   */
  async execute(id: string): Promise<ContactMoment> {
    const moment = await this.moments.findById(id);
    if (!moment) throw contactMomentNotFound();
    return moment;
  }
}
