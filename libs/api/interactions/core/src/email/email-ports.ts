import type { RelationRef } from '../links/object-ref.js';
import type { EmailFileKind, EmailRecord, ParsedEmail } from './email-message.js';

/**
 * Reads an e-mail file. Throws a ValidationError on `file` (`email.unreadable`) when the
 * bytes are not a message of the given kind.
 */
export abstract class EmailMessageParser {
  abstract parse(kind: EmailFileKind, data: Buffer): Promise<ParsedEmail>;
}

/** Where the e-mail headers of imported contact moments are kept. Called inside a transaction. */
export abstract class EmailRecordRepository {
  /** The contact moment this message was imported as on `relation`, if it was. */
  abstract findContactMomentId(relation: RelationRef, messageKey: string): Promise<string | null>;

  abstract findByContactMoment(contactMomentId: string): Promise<EmailRecord | null>;

  /** Stores it and marks the contact moment as an e-mail (for the timeline). */
  abstract insert(record: EmailRecord): Promise<void>;
}

/** Finds the persons an e-mail was from or to, by their e-mail address. */
export abstract class PersonAddressBook {
  /** Ids of active persons per lower-case address; addresses nobody has are left out. */
  abstract personIdsByAddress(addresses: readonly string[]): Promise<Map<string, string[]>>;
}

/** The municipality's own mail domains: mail from them is outgoing, from anyone else incoming. */
export abstract class InternalMailDomains {
  abstract readonly domains: readonly string[];
}

export class StaticInternalMailDomains extends InternalMailDomains {
  constructor(readonly domains: readonly string[]) {
    super();
  }
}
