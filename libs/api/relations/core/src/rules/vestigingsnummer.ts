/**
 * Vestigingsnummer: the 12-digit number of one establishment (branch) of an organisation in
 * the Handelsregister. It only means something together with the organisation's KvK number.
 */
const VESTIGINGSNUMMER = /^\d{12}$/;

export function normaliseVestigingsnummer(raw: string): string {
  return raw.replace(/[\s.]/g, '');
}

export function isValidVestigingsnummer(value: string): boolean {
  return VESTIGINGSNUMMER.test(value);
}
