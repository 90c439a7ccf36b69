/**
 * A website is an http or https URL with a real host name. People usually type
 * "www.example.nl", so a missing scheme is completed with https:// rather than rejected.
 */
const MAX_LENGTH = 300;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

export function normaliseWebsiteUrl(raw: string): string {
  const value = raw.trim();
  if (value === '' || (HAS_SCHEME.test(value) && value.includes('://'))) return value;
  return `https://${value}`;
}

export function isValidWebsiteUrl(value: string): boolean {
  if (value.length > MAX_LENGTH || /\s/.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  // Credentials in a link are a phishing trick, never a company's website.
  if (url.username !== '' || url.password !== '') return false;
  const labels = url.hostname.split('.');
  return labels.length >= 2 && labels.every((label) => label.length > 0) && /^[a-z]{2,}$|^xn--/.test(labels[labels.length - 1] ?? '');
}
