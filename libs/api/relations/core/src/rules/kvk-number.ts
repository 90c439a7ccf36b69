/**
 * KvK-nummer: the 8-digit number the Kamer van Koophandel gives every registered
 * organisation. KvK numbers issued since 2016 carry no check digit, so the format is all
 * that can be checked offline; whether the number exists is the CompanyRegistry's business.
 */
const KVK_NUMBER = /^\d{8}$/;

/** Removes the spaces and dots people copy along from letters and websites ("1234 5678"). */
export function normaliseKvkNumber(raw: string): string {
  return raw.replace(/[\s.]/g, '');
}

export function isValidKvkNumber(value: string): boolean {
  return KVK_NUMBER.test(value);
}
