import { createHash } from 'node:crypto';
import { AuditLog, type ChangeContext, Clock, ConflictError, type FieldError, NotFoundError, TransactionManager, ValidationError } from '@gemeente-crm/api-kernel';
import { type Document, StoreDocument } from '@gemeente-crm/archive-core';
import { UseCase } from '@gemeente-crm/relations-core';
import type { ContactMoment } from '../contact-moments/contact-moment.js';
import { MAX_SUBJECT_LENGTH } from '../contact-moments/contact-moment-input.js';
import { CreateContactMoment } from '../contact-moments/create-contact-moment.js';
import { LinkTargets } from '../links/link-targets.js';
import type { ObjectRef, RelationRef } from '../links/object-ref.js';
import { MAX_NOTES_LENGTH, sanitiseNotes } from '../rules/rich-text.js';
import { INTERACTION_AUDIT_OBJECT_TYPES } from '../shared/audit-object-types.js';
import { type EmailAddress, emailFileKind, type EmailRecord, isInternalAddress, type ParsedEmail } from './email-message.js';
import { EmailMessageParser, EmailRecordRepository, InternalMailDomains, PersonAddressBook } from './email-ports.js';

export interface ImportEmailInput {
  relation: RelationRef;
  fileName: string;
  data: Buffer;
}

export interface ImportedEmail {
  contactMoment: ContactMoment;
  email: EmailRecord;
  attachments: Document[];
  /** Attachments that were not kept (a program, a file too large...), with the reason. */
  skippedAttachments: { fileName: string; code: string; message: string }[];
}

/** The subject of a mail without one. */
const NO_SUBJECT = '(geen onderwerp)';

/**
 * Turns an e-mail file (.eml or Outlook .msg) dropped on a relation into a contact moment:
 * channel e-mail, outgoing when the sender is one of the municipality's own addresses, the
 * body as its notes, the persons it was from or to linked, the file itself and its attachments
 * filed as documents on the contact moment and the relation. All of one message commits
 * together or not at all. The same message imported twice on the same relation is refused.
 */
@UseCase()
export class ImportEmail {
  constructor(
    private readonly parser: EmailMessageParser,
    private readonly records: EmailRecordRepository,
    private readonly addressBook: PersonAddressBook,
    private readonly internalDomains: InternalMailDomains,
    private readonly linkTargets: LinkTargets,
    private readonly createContactMoment: CreateContactMoment,
    private readonly storeDocument: StoreDocument,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * @throws ValidationError on `file`: `email.type-not-allowed` (not .eml/.msg), `email.unreadable`,
   *   `email.sender-missing`, and the document errors of the original file
   * @throws NotFoundError `relation.not-found`
   * @throws ConflictError `email-already-imported` with `contactMomentId` and `contactMoment` (its URL)
   */
  async execute(input: ImportEmailInput, context: ChangeContext): Promise<ImportedEmail> {
    const kind = emailFileKind(input.fileName);
    if (!kind) throw fileError('email.type-not-allowed', 'Alleen e-mailbestanden (.eml of .msg) kunnen als e-mail worden toegevoegd.');
    const parsed = await this.parser.parse(kind, input.data);
    if (!parsed.from) throw fileError('email.sender-missing', 'Dit bericht heeft geen afzender en kan niet als e-mail worden toegevoegd.');
    const from = parsed.from;
    const messageKey = emailMessageKey(parsed);

    return this.transactions.run(async () => {
      const relation = await this.linkTargets.find(input.relation);
      if (!relation) throw new NotFoundError('relation.not-found', 'De relatie bestaat niet.');
      const existing = await this.records.findContactMomentId(input.relation, messageKey);
      if (existing) {
        throw new ConflictError('email-already-imported', 'Deze e-mail is al eerder bij deze relatie toegevoegd.', {
          contactMomentId: existing,
          contactMoment: `/api/v1/contact-moments/${existing}`,
        });
      }

      const now = this.clock.now();
      const moment = await this.createContactMoment.execute(
        {
          channel: 'e-mail',
          direction: isInternalAddress(from.address, this.internalDomains.domains) ? 'uitgaand' : 'inkomend',
          // A Date header a little in the future (a sender's clock) must not make the mail unimportable.
          occurredAt: parsed.date && parsed.date.getTime() <= now.getTime() ? parsed.date : now,
          subject: (parsed.subject.trim() || NO_SUBJECT).slice(0, MAX_SUBJECT_LENGTH),
          notes: notesOf(parsed),
          links: [input.relation, ...(await this.involvedPersons(parsed, input.relation))],
        },
        context,
      );

      const fileOn = [input.relation, { objectType: 'contact-moment', objectId: moment.id }];
      const original = await this.storeDocument.execute({ fileName: input.fileName, data: input.data, description: 'Oorspronkelijke e-mail', links: fileOn }, context);
      const attachments: Document[] = [];
      const skippedAttachments: ImportedEmail['skippedAttachments'] = [];
      for (const attachment of parsed.attachments) {
        try {
          attachments.push(await this.storeDocument.execute({ fileName: attachment.fileName, data: attachment.data, description: 'Bijlage bij e-mail', links: fileOn }, context));
        } catch (error) {
          // A refused attachment (a program, say) does not stop the mail: it stays inside the original file.
          if (!(error instanceof ValidationError)) throw error;
          const reason = error.errors[0];
          skippedAttachments.push({ fileName: attachment.fileName, code: reason?.code ?? error.code, message: reason?.message ?? error.message });
        }
      }

      const email: EmailRecord = {
        contactMomentId: moment.id,
        relationType: input.relation.objectType,
        relationId: input.relation.objectId,
        messageKey,
        messageId: parsed.messageId,
        from,
        to: parsed.to,
        cc: parsed.cc,
        sentAt: moment.occurredAt,
        originalDocumentId: original.id,
        attachmentDocumentIds: attachments.map((document) => document.id),
      };
      await this.records.insert(email);
      await this.auditLog.record({
        action: 'import',
        objectType: INTERACTION_AUDIT_OBJECT_TYPES.contactMoment,
        objectId: moment.id,
        changes: {
          messageId: { old: null, new: parsed.messageId },
          from: { old: null, new: from.address },
          attachments: { old: null, new: attachments.map((document) => document.fileName) },
        },
        context,
      });
      return { contactMoment: moment, email, attachments, skippedAttachments };
    });
  }

  /** Active persons whose address is the sender's or a recipient's, other than the relation itself. */
  private async involvedPersons(parsed: ParsedEmail, relation: RelationRef): Promise<ObjectRef[]> {
    const addresses = [parsed.from, ...parsed.to, ...parsed.cc].filter((a): a is EmailAddress => a !== null).map((a) => a.address);
    const found = await this.addressBook.personIdsByAddress([...new Set(addresses)]);
    const ids = new Set([...found.values()].flat());
    if (relation.objectType === 'person') ids.delete(relation.objectId);
    return [...ids].sort().map((objectId) => ({ objectType: 'person' as const, objectId }));
  }
}

/**
 * What identifies a message: its Message-ID, or — for the rare message without one — a hash
 * of sender, date and subject, which is the same however often the file is exported.
 */
export function emailMessageKey(parsed: ParsedEmail): string {
  if (parsed.messageId) return `id:${parsed.messageId.trim().toLowerCase()}`;
  const basis = [parsed.from?.address ?? '', parsed.date?.toISOString() ?? '', parsed.subject.trim()].join('\n');
  return `hash:${createHash('sha256').update(basis).digest('hex')}`;
}

/** The HTML body sanitised when it fits, else the plain text as paragraphs, cut to fit. */
function notesOf(parsed: ParsedEmail): string | null {
  if (parsed.html) {
    const safe = sanitiseNotes(parsed.html);
    if (safe && safe.html.length <= MAX_NOTES_LENGTH) return safe.html;
  }
  const text = (parsed.text ?? (parsed.html ? sanitiseNotes(parsed.html)?.text : null) ?? '').trim();
  if (!text) return null;
  // Escaping and paragraph tags make the HTML longer than the text; a third of the limit leaves room.
  const room = Math.floor(MAX_NOTES_LENGTH / 3);
  const cut = text.length > room ? `${text.slice(0, room)}…` : text;
  return cut
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\r?\n/g, '<br>')}</p>`)
    .join('');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function fileError(code: string, message: string): ValidationError {
  const error: FieldError = { field: 'file', code, message };
  return new ValidationError([error], message);
}
