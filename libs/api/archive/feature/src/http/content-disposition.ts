/**
 * `attachment` with the file name in both forms of RFC 6266: an ASCII fallback (quotes,
 * backslashes and anything outside printable ASCII replaced by `_`) for old clients, and the
 * exact UTF-8 name percent-encoded (RFC 8187) for the rest. Always `attachment`: the browser
 * saves the file instead of rendering it in the CRM's origin.
 */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
