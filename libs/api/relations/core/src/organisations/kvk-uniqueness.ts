import type { OrganisationFields } from './organisation.js';
import { duplicateKvk } from './organisation-errors.js';
import type { OrganisationRepository } from './organisation-repository.js';

/**
 * One organisation per KvK number and vestigingsnummer: a second record would split the
 * relation's history. Archived organisations count too — restoring beats re-creating.
 * `ownId` is the organisation being updated, which may of course keep its own number.
 */
export async function ensureKvkAvailable(
  organisations: OrganisationRepository,
  fields: Pick<OrganisationFields, 'kvkNumber' | 'vestigingsnummer'>,
  ownId: string | null,
): Promise<void> {
  if (!fields.kvkNumber) return;
  const existing = await organisations.findByKvk(fields.kvkNumber, fields.vestigingsnummer);
  if (existing && existing.id !== ownId) throw duplicateKvk();
}
