import sanitizeHtml from 'sanitize-html';

/** Longest note kept, in characters of sanitised HTML (a long meeting report fits easily). */
export const MAX_NOTES_LENGTH = 50_000;

/**
 * The markup a note may keep: what the SPA's editor produces (paragraphs, emphasis, lists,
 * quotes, links, small headings). Everything else — scripts, styles, images, iframes, event
 * handler attributes, inline styles — is removed, so a note can be shown as HTML anywhere
 * without becoming a way to run code in a colleague's browser.
 */
const NOTE_HTML: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'ul', 'ol', 'li', 'blockquote', 'a', 'h3', 'h4'],
  allowedAttributes: { a: ['href', 'title', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Links open outside the CRM without handing it the opener or the referrer.
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow' }) },
};

const TEXT_ONLY: sanitizeHtml.IOptions = { allowedTags: [], allowedAttributes: {} };

export interface SanitisedNotes {
  /** Safe to render as HTML. */
  html: string;
  /** The same content as plain text, for search, lists, e-mails and exports. */
  text: string;
}

/**
 * A note as it may be stored: sanitised HTML and its plain text. Blank input, or input that is
 * blank once sanitised (`<p> </p>`, only a script), means "no notes": null.
 */
export function sanitiseNotes(html: string | null | undefined): SanitisedNotes | null {
  if (!html?.trim()) return null;
  const safe = sanitizeHtml(html, NOTE_HTML).trim();
  const text = notesPlainText(safe);
  return text ? { html: safe, text } : null;
}

/** Plain text of sanitised note HTML: one line per paragraph, list items as "- item". */
export function notesPlainText(safeHtml: string): string {
  const marked = safeHtml
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<\/(p|h3|h4|blockquote|ul|ol)>/gi, '\n');
  const lines = decodeEscapes(sanitizeHtml(marked, TEXT_ONLY))
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim());
  // At most one empty line in a row, none at the ends.
  return lines
    .filter((line, index) => line !== '' || (index > 0 && lines[index - 1] !== ''))
    .join('\n')
    .trim();
}

/** sanitize-html escapes exactly these four in text; everything else is already decoded. */
function decodeEscapes(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}
