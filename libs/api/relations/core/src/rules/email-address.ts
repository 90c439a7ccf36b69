/**
 * A pragmatic e-mail address check: one "@", no spaces, a domain with at least one dot and
 * sensible labels. The full RFC 5322 grammar accepts addresses no mail server here would;
 * whether the mailbox exists only a sent message can tell.
 */
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$/;
const DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const MAX_LENGTH = 254;

/** Trims and lower-cases the domain; the local part is kept as typed (it may be case-sensitive). */
export function normaliseEmailAddress(raw: string): string {
  const value = raw.trim();
  const at = value.lastIndexOf('@');
  return at < 0 ? value : value.slice(0, at) + value.slice(at).toLowerCase();
}

export function isValidEmailAddress(value: string): boolean {
  if (value.length > MAX_LENGTH) return false;
  const parts = value.split('@');
  if (parts.length !== 2) return false;
  const [local = '', domain = ''] = parts;
  if (local.length === 0 || local.length > 64 || !LOCAL_PART.test(local)) return false;
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  const topLevel = labels[labels.length - 1] ?? '';
  return labels.every((label) => DOMAIN_LABEL.test(label)) && /^[A-Za-z]{2,}$/.test(topLevel);
}
