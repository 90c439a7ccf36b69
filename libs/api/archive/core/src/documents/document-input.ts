import type { FieldError } from '@gemeente-crm/api-kernel';
import { type DocumentRef, isLinkableDocumentObjectType, LINKABLE_DOCUMENT_OBJECT_TYPES, MAX_DESCRIPTION_LENGTH, MAX_DOCUMENT_LINKS, normaliseDocumentRefs } from './document.js';

/** A link as a caller sends it. */
export interface DocumentRefInput {
  objectType: string;
  objectId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Checks the links' shape (known, linkable type; UUID); whether the records exist is the use case's job. */
export function checkDocumentRefs(inputs: readonly DocumentRefInput[]): { refs: DocumentRef[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const refs: DocumentRef[] = [];
  if (inputs.length === 0) errors.push({ field: 'links', code: 'links.required', message: 'Koppel het document aan ten minste één relatie of contactmoment.' });
  if (inputs.length > MAX_DOCUMENT_LINKS) errors.push({ field: 'links', code: 'links.too-many', message: `Koppel een document aan hoogstens ${MAX_DOCUMENT_LINKS} records.` });
  inputs.forEach((input, index) => {
    const objectType = (input.objectType ?? '').trim().toLowerCase();
    const objectId = (input.objectId ?? '').trim().toLowerCase();
    if (!isLinkableDocumentObjectType(objectType)) {
      errors.push({
        field: `links.${index}.objectType`,
        code: 'link.type-unsupported',
        message: `Een document kan (nog) niet aan een ${objectType || 'onbekend object'} worden gekoppeld; kies uit ${LINKABLE_DOCUMENT_OBJECT_TYPES.join(', ')}.`,
      });
    } else if (!UUID.test(objectId)) {
      errors.push({ field: `links.${index}.objectId`, code: 'link.id-invalid', message: 'Het id moet een UUID zijn.' });
    } else {
      refs.push({ objectType, objectId });
    }
  });
  return { refs: normaliseDocumentRefs(refs), errors };
}

/** A file name as it may be stored and sent back: last path segment, no control characters, at most 255 characters. */
export function normaliseFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (cleaned.length <= 255) return cleaned || 'bestand';
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot <= 16 ? cleaned.slice(dot) : '';
  return cleaned.slice(0, 255 - extension.length) + extension;
}

export function checkDescription(description: string | null | undefined): { value: string | null; errors: FieldError[] } {
  const value = description?.trim() || null;
  if (value && value.length > MAX_DESCRIPTION_LENGTH) {
    return { value: null, errors: [{ field: 'description', code: 'description.too-long', message: `De omschrijving mag hoogstens ${MAX_DESCRIPTION_LENGTH} tekens lang zijn.` }] };
  }
  return { value, errors: [] };
}
