/** An address as it appears in an e-mail header. */
export interface EmailAddress {
  /** Lower-case. */
  address: string;
  name: string | null;
}

export interface EmailAttachment {
  fileName: string;
  data: Buffer;
}

/** What the CRM takes from an e-mail file (.eml or Outlook .msg). */
export interface ParsedEmail {
  /** Message-ID without angle brackets; null when the message has none. */
  messageId: string | null;
  from: EmailAddress | null;
  to: EmailAddress[];
  cc: EmailAddress[];
  subject: string;
  /** The Date header (or Outlook's delivery time); null when absent. */
  date: Date | null;
  /** The HTML body as sent (sanitised before it is stored); null for plain-text mails. */
  html: string | null;
  text: string | null;
  /** Attachments that are files (not inline parts of the HTML body). */
  attachments: EmailAttachment[];
}

/** The e-mail a contact moment was imported from, as stored with it. */
export interface EmailRecord {
  contactMomentId: string;
  /** The relation it was imported on; the same message may be imported on another relation. */
  relationType: string;
  relationId: string;
  /** `id:<Message-ID>` or `hash:<sha256>` (see emailMessageKey). */
  messageKey: string;
  messageId: string | null;
  from: EmailAddress;
  to: EmailAddress[];
  cc: EmailAddress[];
  sentAt: Date;
  originalDocumentId: string | null;
  attachmentDocumentIds: string[];
}

export const EMAIL_FILE_EXTENSIONS = ['eml', 'msg'] as const;
export type EmailFileKind = (typeof EMAIL_FILE_EXTENSIONS)[number];

export function emailFileKind(fileName: string): EmailFileKind | null {
  const extension = fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase();
  return (EMAIL_FILE_EXTENSIONS as readonly string[]).includes(extension) ? (extension as EmailFileKind) : null;
}

/** Whether `address` belongs to the municipality (one of its own domains, or a subdomain of one). */
export function isInternalAddress(address: string, internalDomains: readonly string[]): boolean {
  const domain = address.slice(address.lastIndexOf('@') + 1).toLowerCase();
  return internalDomains.some((own) => domain === own || domain.endsWith(`.${own}`));
}

/** `Naam <adres>` or just the address. */
export function formatAddress(address: EmailAddress): string {
  return address.name ? `${address.name} <${address.address}>` : address.address;
}
