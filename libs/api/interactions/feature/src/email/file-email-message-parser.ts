import { Injectable } from '@nestjs/common';
import { ValidationError } from '@gemeente-crm/api-kernel';
import { type EmailAddress, type EmailAttachment, type EmailFileKind, EmailMessageParser, type ParsedEmail } from '@gemeente-crm/interactions-core';
import MsgReaderModule from '@kenjiuno/msgreader';
import { type AddressObject, simpleParser } from 'mailparser';

// A CommonJS module whose class is its `default` export: Node's ESM loader hands over the module object.
const MsgReader = MsgReaderModule.default ?? (MsgReaderModule as unknown as typeof MsgReaderModule.default);

const unreadable = () =>
  new ValidationError([{ field: 'file', code: 'email.unreadable', message: 'Dit bestand kon niet als e-mail worden gelezen.' }], 'Dit bestand kon niet als e-mail worden gelezen.');

/** Reads .eml (RFC 5322, with mailparser) and Outlook .msg (with msgreader). */
@Injectable()
export class FileEmailMessageParser extends EmailMessageParser {
  async parse(kind: EmailFileKind, data: Buffer): Promise<ParsedEmail> {
    try {
      return kind === 'msg' ? parseMsg(data) : await parseEml(data);
    } catch (error) {
      if (error instanceof ValidationError) throw error;
      throw unreadable();
    }
  }
}

async function parseEml(data: Buffer): Promise<ParsedEmail> {
  // Headers first: a text file that is not a message has none of these.
  const head = data.subarray(0, 16 * 1024).toString('latin1');
  if (!/^(from|date|subject|message-id|to|received|return-path|mime-version):/im.test(head)) throw unreadable();
  const mail = await simpleParser(data, { skipImageLinks: true, skipTextToHtml: true });
  const addresses = (value: AddressObject | AddressObject[] | undefined): EmailAddress[] =>
    (Array.isArray(value) ? value : value ? [value] : [])
      .flatMap((group) => group.value)
      .flatMap((entry) => (entry.group ? entry.group : [entry]))
      .filter((entry) => !!entry.address)
      .map((entry) => ({ address: entry.address!.toLowerCase(), name: entry.name?.trim() || null }));
  const attachments: EmailAttachment[] = mail.attachments
    // Inline images of the HTML body (referenced by cid) are part of the text, not files someone sent.
    .filter((attachment) => !(attachment.related && attachment.contentDisposition === 'inline'))
    .map((attachment, index) => ({ fileName: attachment.filename ?? `bijlage-${index + 1}`, data: attachment.content }));
  return {
    messageId: mail.messageId?.replace(/^<|>$/g, '').trim() || null,
    from: addresses(mail.from)[0] ?? null,
    to: addresses(mail.to),
    cc: addresses(mail.cc),
    subject: mail.subject ?? '',
    date: mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date : null,
    html: typeof mail.html === 'string' ? mail.html : null,
    text: mail.text ?? null,
    attachments,
  };
}

function parseMsg(data: Buffer): ParsedEmail {
  const reader = new MsgReader(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
  const fields = reader.getFileData();
  if (fields.error || fields.dataType !== 'msg') throw unreadable();
  const sender = (fields.senderSmtpAddress ?? fields.senderEmail ?? '').trim().toLowerCase();
  const recipients = (type: 'to' | 'cc'): EmailAddress[] =>
    (fields.recipients ?? [])
      .filter((recipient) => (recipient.recipType ?? 'to') === type)
      .map((recipient) => ({ address: (recipient.smtpAddress ?? recipient.email ?? '').trim().toLowerCase(), name: recipient.name?.trim() || null }))
      .filter((recipient) => recipient.address.includes('@'));
  const date = fields.clientSubmitTime ?? fields.messageDeliveryTime;
  const attachments: EmailAttachment[] = (fields.attachments ?? [])
    .filter((attachment) => !attachment.attachmentHidden && !attachment.innerMsgContent)
    .map((attachment, index) => {
      const content = reader.getAttachment(attachment);
      return { fileName: content.fileName || `bijlage-${index + 1}`, data: Buffer.from(content.content) };
    });
  const html = fields.bodyHtml ?? (fields.html ? Buffer.from(fields.html).toString('utf8') : null);
  return {
    messageId: fields.messageId?.replace(/^<|>$/g, '').trim() || null,
    from: sender.includes('@') ? { address: sender, name: fields.senderName?.trim() || null } : null,
    to: recipients('to'),
    cc: recipients('cc'),
    subject: fields.subject ?? '',
    date: date && !Number.isNaN(new Date(date).getTime()) ? new Date(date) : null,
    html: html || null,
    text: fields.body ?? null,
    attachments,
  };
}
