import type { FieldError } from '@gemeente-crm/api-kernel';

/**
 * The kinds of file the archive accepts, each recognised by its bytes (magic numbers) and
 * allowed only under its own extensions. The client's declared content type is never trusted:
 * a renamed executable or an HTML page called `offerte.pdf` must not be served back to a
 * colleague's browser as something it is not.
 */
export interface AcceptedType {
  contentType: string;
  extensions: readonly string[];
}

const PDF: AcceptedType = { contentType: 'application/pdf', extensions: ['pdf'] };
const PNG: AcceptedType = { contentType: 'image/png', extensions: ['png'] };
const JPEG: AcceptedType = { contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'] };
const GIF: AcceptedType = { contentType: 'image/gif', extensions: ['gif'] };
const DOCX: AcceptedType = { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'] };
const XLSX: AcceptedType = { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'] };
const PPTX: AcceptedType = { contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extensions: ['pptx'] };
const DOC: AcceptedType = { contentType: 'application/msword', extensions: ['doc'] };
const XLS: AcceptedType = { contentType: 'application/vnd.ms-excel', extensions: ['xls'] };
const MSG: AcceptedType = { contentType: 'application/vnd.ms-outlook', extensions: ['msg'] };
const TEXT: AcceptedType = { contentType: 'text/plain', extensions: ['txt'] };
const CSV: AcceptedType = { contentType: 'text/csv', extensions: ['csv'] };
const EML: AcceptedType = { contentType: 'message/rfc822', extensions: ['eml'] };

export const ACCEPTED_TYPES: readonly AcceptedType[] = [PDF, PNG, JPEG, GIF, DOCX, XLSX, PPTX, DOC, XLS, MSG, TEXT, CSV, EML];

/** Extensions offered in the SPA's file picker. */
export const ACCEPTED_EXTENSIONS: readonly string[] = ACCEPTED_TYPES.flatMap((type) => type.extensions);

export type ContentTypeCheck = { type: AcceptedType; error: null } | { type: null; error: FieldError };

const startsWith = (data: Buffer, ...bytes: number[]) => data.length >= bytes.length && bytes.every((byte, i) => data[i] === byte);
const startsWithText = (data: Buffer, text: string) => data.subarray(0, text.length).toString('latin1') === text;

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

/**
 * The accepted type of `data` named `fileName`, or a field error (on `field`) saying why not:
 * `document.executable` (programs and scripts), `document.type-not-allowed` (HTML, SVG, other
 * formats) or `document.extension-mismatch` (the name does not fit the content).
 */
export function detectContentType(data: Buffer, fileName: string, field = 'file'): ContentTypeCheck {
  const refuse = (code: string, message: string): ContentTypeCheck => ({ type: null, error: { field, code, message } });
  const extension = extensionOf(fileName);
  const detected = sniff(data, extension);
  if (detected === 'executable') return refuse('document.executable', 'Programma’s en scripts kunnen niet worden opgeslagen.');
  if (detected === 'markup') return refuse('document.type-not-allowed', 'HTML- en SVG-bestanden kunnen niet worden opgeslagen; sla ze op als PDF.');
  if (!detected) {
    return refuse('document.type-not-allowed', `Dit soort bestand kan niet worden opgeslagen. Toegestaan: ${ACCEPTED_EXTENSIONS.join(', ')}.`);
  }
  if (!detected.extensions.includes(extension)) {
    return refuse(
      'document.extension-mismatch',
      `De naam past niet bij de inhoud: dit is een ${detected.extensions[0]!.toUpperCase()}-bestand; gebruik de extensie .${detected.extensions[0]}.`,
    );
  }
  return { type: detected, error: null };
}

function sniff(data: Buffer, extension: string): AcceptedType | 'executable' | 'markup' | null {
  if (isExecutable(data)) return 'executable';
  if (startsWithText(data, '%PDF-')) return PDF;
  if (startsWith(data, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return PNG;
  if (startsWith(data, 0xff, 0xd8, 0xff)) return JPEG;
  if (startsWithText(data, 'GIF87a') || startsWithText(data, 'GIF89a')) return GIF;
  if (startsWith(data, 0x50, 0x4b, 0x03, 0x04)) return officeOpenXml(data);
  if (startsWith(data, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
    // An OLE compound file is a container: Word, Excel and Outlook look alike from outside, so
    // the extension says which of the three it is (anything else in OLE is refused).
    return [DOC, XLS, MSG].find((type) => type.extensions.includes(extension)) ?? null;
  }
  return text(data, extension);
}

/** Windows PE, ELF, Mach-O, Java class files and scripts with a #! line. */
function isExecutable(data: Buffer): boolean {
  return (
    startsWithText(data, 'MZ') ||
    startsWith(data, 0x7f, 0x45, 0x4c, 0x46) ||
    startsWith(data, 0xfe, 0xed, 0xfa, 0xce) ||
    startsWith(data, 0xfe, 0xed, 0xfa, 0xcf) ||
    startsWith(data, 0xce, 0xfa, 0xed, 0xfe) ||
    startsWith(data, 0xcf, 0xfa, 0xed, 0xfe) ||
    startsWith(data, 0xca, 0xfe, 0xba, 0xbe) ||
    startsWithText(data, '#!')
  );
}

/** A ZIP is accepted only as Word, Excel or PowerPoint (its part names are in the local headers). */
function officeOpenXml(data: Buffer): AcceptedType | null {
  const names = data.toString('latin1');
  if (!names.includes('[Content_Types].xml')) return null;
  if (names.includes('word/')) return DOCX;
  if (names.includes('xl/')) return XLSX;
  if (names.includes('ppt/')) return PPTX;
  return null;
}

/** Text that Windows or a shell would run when opened. */
const SCRIPT_EXTENSIONS = ['js', 'mjs', 'jse', 'hta', 'bat', 'cmd', 'ps1', 'vbs', 'vbe', 'wsf', 'sh', 'lnk', 'reg', 'scr'];

/** Text without NUL bytes: an e-mail message, CSV or plain text — but never markup a browser would render. */
function text(data: Buffer, extension: string): AcceptedType | 'executable' | 'markup' | null {
  const head = data.subarray(0, 64 * 1024);
  if (head.includes(0)) return null;
  const start = head.toString('utf8').replace(/^\uFEFF/, '').trimStart().slice(0, 1024).toLowerCase();
  if (extension === 'eml' && /^[a-z0-9-]+:[^\r\n]*\r?\n/i.test(start)) return EML;
  if (/^<(!doctype\s+html|html|head|body|script|svg|\?xml)\b/.test(start) || /<svg[\s>]/.test(start)) return 'markup';
  if (SCRIPT_EXTENSIONS.includes(extension)) return 'executable';
  if (['htm', 'html', 'svg', 'xhtml', 'xml'].includes(extension)) return 'markup';
  return extension === 'csv' ? CSV : TEXT;
}
