import { duplicateBsn } from './person-errors.js';
import type { PersonRepository } from './person-repository.js';

/** A BSN identifies one resident; two records with it would split their file. */
export async function ensureBsnAvailable(persons: PersonRepository, bsn: string | null, ownId: string | null): Promise<void> {
  if (!bsn) return;
  const existing = await persons.findByBsn(bsn);
  if (existing && existing.id !== ownId) throw duplicateBsn();
}
