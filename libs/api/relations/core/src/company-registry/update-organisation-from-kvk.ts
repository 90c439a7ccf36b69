import { type ChangeContext, StaleVersionError } from '@gemeente-crm/api-kernel';
import type { Organisation, OrganisationPatch } from '../organisations/organisation.js';
import { organisationArchived } from '../organisations/organisation-errors.js';
import { UpdateOrganisation } from '../organisations/update-organisation.js';
import { UseCase } from '../shared/use-case.js';
import { kvkFieldErrors } from './company-registry-errors.js';
import { GetOrganisationKvkDifferences } from './get-organisation-kvk-differences.js';

/** The audit trail's reason when the user gives none. */
export const KVK_UPDATE_REASON = 'KvK-gegevens bijgewerkt';

@UseCase()
export class UpdateOrganisationFromKvk {
  constructor(
    private readonly comparison: GetOrganisationKvkDifferences,
    private readonly updateOrganisation: UpdateOrganisation,
  ) {}

  /**
   * Takes the chosen fields over from the company register, through UpdateOrganisation so
   * every rule, the version check and the audit event are the same as for a manual edit.
   * Only fields that differ are written: a chosen field the register leaves empty is never
   * cleared, and one that already agrees changes nothing.
   *
   * @param fields names from KVK_ORGANISATION_FIELDS
   * @param expectedVersion the version the caller compared (ETag / If-Match)
   * @throws ValidationError for an empty or unknown field list, or register data that breaks a rule
   * @throws NotFoundError `organisation.not-found`, `kvk.company-not-found`
   * @throws ConflictError `organisation.archived`, `organisation.no-kvk-number`, `organisation.duplicate-kvk`
   * @throws StaleVersionError when someone changed the organisation since `expectedVersion`
   * @throws UnavailableError `kvk.unavailable` when the register cannot be reached
   */
  async execute(id: string, fields: readonly string[], expectedVersion: number, context: ChangeContext): Promise<Organisation> {
    const invalid = kvkFieldErrors(fields);
    if (invalid) throw invalid;
    const { organisation, differences } = await this.comparison.execute(id);
    // Checked before the write too (inside UpdateOrganisation's transaction); failing here
    // saves building a patch the user can no longer apply.
    if (organisation.archivedAt) throw organisationArchived();
    if (organisation.version !== expectedVersion) throw new StaleVersionError(organisation.version);

    const patch: OrganisationPatch = {};
    for (const difference of differences) {
      if (fields.includes(difference.field)) Object.assign(patch, { [difference.field]: difference.fromKvk });
    }
    const reason = context.reason?.trim() ? context.reason : KVK_UPDATE_REASON;
    return this.updateOrganisation.execute(id, patch, expectedVersion, { ...context, reason });
  }
}
