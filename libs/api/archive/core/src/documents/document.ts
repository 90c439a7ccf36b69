/**
 * Everything a document can be filed on, one link model for all domains (like interactions'
 * links). The database accepts all of these; a type becomes linkable by adding it to
 * LINKABLE_DOCUMENT_OBJECT_TYPES (and telling the DocumentSubjects adapter where it lives).
 */
export const DOCUMENT_OBJECT_TYPES = ['organisation', 'person', 'contact-moment', 'lead', 'quote', 'contract', 'complaint'] as const;
export type DocumentObjectType = (typeof DOCUMENT_OBJECT_TYPES)[number];

/** The types a document may be filed on today; the others wait for their domains. */
export const LINKABLE_DOCUMENT_OBJECT_TYPES = ['organisation', 'person', 'contact-moment', 'lead'] as const satisfies readonly DocumentObjectType[];
export type LinkableDocumentObjectType = (typeof LINKABLE_DOCUMENT_OBJECT_TYPES)[number];

/** What a document is filed on. */
export interface DocumentRef {
  objectType: DocumentObjectType;
  objectId: string;
}

export interface Document {
  id: string;
  /** As uploaded, without path; safe to show and to send back in Content-Disposition. */
  fileName: string;
  /** Detected from the bytes (never the client's claim). */
  contentType: string;
  sizeBytes: number;
  /** Hex SHA-256 of the content: integrity check, and the key under which the content is stored. */
  sha256: string;
  /** Where the DocumentContentStore keeps the bytes. */
  contentKey: string;
  description: string | null;
  /** At least one; sorted by type, then id. */
  links: DocumentRef[];
  uploadedBy: string;
  uploadedAt: Date;
  version: number;
  updatedAt: Date;
  /** Documents are never deleted by users: archived with a reason, they leave lists but stay for the audit. */
  archivedAt: Date | null;
  archiveReason: string | null;
}

/** One row of a document list (no content, never bytes). */
export interface DocumentSummary {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  description: string | null;
  uploadedBy: string;
  uploadedAt: Date;
  archived: boolean;
  version: number;
}

export const MAX_DESCRIPTION_LENGTH = 1000;
export const MAX_DOCUMENT_LINKS = 20;

export function isLinkableDocumentObjectType(value: string): value is LinkableDocumentObjectType {
  return (LINKABLE_DOCUMENT_OBJECT_TYPES as readonly string[]).includes(value);
}

export function documentRefKey(ref: DocumentRef): string {
  return `${ref.objectType}:${ref.objectId}`;
}

/** Unique, in a stable order, so two sets compare equal whatever order they were given in. */
export function normaliseDocumentRefs(refs: readonly DocumentRef[]): DocumentRef[] {
  const unique = new Map(refs.map((ref) => [documentRefKey(ref), { objectType: ref.objectType, objectId: ref.objectId.toLowerCase() }]));
  return [...unique.values()].sort((a, b) => documentRefKey(a).localeCompare(documentRefKey(b)));
}

export function toDocumentSummary(document: Document): DocumentSummary {
  return {
    id: document.id,
    fileName: document.fileName,
    contentType: document.contentType,
    sizeBytes: document.sizeBytes,
    description: document.description,
    uploadedBy: document.uploadedBy,
    uploadedAt: document.uploadedAt,
    archived: document.archivedAt !== null,
    version: document.version,
  };
}
