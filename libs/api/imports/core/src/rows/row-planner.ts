import {
  checkOrganisationInput,
  checkPersonInput,
  type OrganisationRepository,
  type PersonRepository,
  personDisplayName,
} from '@gemeente-crm/relations-core';
import { kvkKey, type RelationLookups, type StaffMember } from '../imports/relation-lookups.js';
import type { ColumnMapping } from '../mapping/column-mapping.js';
import { resolveOwner, unknownOwnerMessage } from './owner.js';
import { organisationChanges, organisationPatch, personChanges, personPatch, rowErrors } from './record-changes.js';
import { type ImportRowInput, isEmptyRow } from './row-input.js';
import { overallAction, type RecordPlan, type RowError, type RowPlan } from './row-plan.js';

export interface PlannerPorts {
  organisations: OrganisationRepository;
  persons: PersonRepository;
  lookups: RelationLookups;
}

export interface PlannerSettings {
  mapping: ColumnMapping;
  activeRelationTypes: readonly string[];
  staff: readonly StaffMember[];
}

/**
 * Decides per row what the run will do, chunk by chunk in file order. It remembers earlier
 * rows, so a row repeating an earlier one is skipped and an organisation on several rows
 * (one per contact person, as Exact exports them) is created once.
 */
export class RowPlanner {
  private readonly rowKeys = new Map<string, number>();
  private readonly organisationKeys = new Map<string, number>();
  private readonly personKeys = new Map<string, number>();

  constructor(
    private readonly ports: PlannerPorts,
    private readonly settings: PlannerSettings,
  ) {}

  /** Resolves the owner in place (the run uses the stored input) and plans every row. */
  async plan(rows: readonly { rowNumber: number; input: ImportRowInput }[]): Promise<RowPlan[]> {
    const kvkKeys = [];
    const emails = [];
    for (const { input } of rows) {
      const organisation = input.organisation ? checkOrganisationInput(input.organisation, { relationTypeCodes: [] }).fields : null;
      if (organisation?.kvkNumber) kvkKeys.push({ kvkNumber: organisation.kvkNumber, vestigingsnummer: organisation.vestigingsnummer });
      const person = input.person ? checkPersonInput(input.person).fields : null;
      if (person?.email) emails.push(person.email);
    }
    const [organisationIds, personIds] = await Promise.all([
      kvkKeys.length ? this.ports.lookups.organisationIdsByKvk(kvkKeys) : new Map<string, string>(),
      emails.length ? this.ports.lookups.personIdsByEmail(emails) : new Map<string, string>(),
    ]);
    const plans: RowPlan[] = [];
    for (const row of rows) plans.push(await this.planRow(row.rowNumber, row.input, organisationIds, personIds));
    return plans;
  }

  private async planRow(
    rowNumber: number,
    input: ImportRowInput,
    organisationIds: Map<string, string>,
    personIds: Map<string, string>,
  ): Promise<RowPlan> {
    const base = { rowNumber, duplicateOfRow: null, organisation: null, person: null, link: null, errors: [] };
    if (isEmptyRow(input)) return { ...base, action: 'skip', skipReason: 'empty' };
    const rowKey = JSON.stringify(input);
    const earlier = this.rowKeys.get(rowKey);
    if (earlier !== undefined) return { ...base, action: 'skip', skipReason: 'duplicate-row', duplicateOfRow: earlier };
    this.rowKeys.set(rowKey, rowNumber);

    const errors: RowError[] = [];
    if (input.organisation && input.owner) {
      const ownerId = resolveOwner(input.owner, this.settings.staff);
      if (ownerId) input.organisation.ownerId = ownerId;
      else errors.push({ field: 'organisation.owner', column: this.columnOf('organisation.owner'), code: 'owner.unknown', message: unknownOwnerMessage(input.owner) });
    }
    const organisation = input.organisation ? await this.planOrganisation(rowNumber, input, organisationIds, errors) : null;
    const person = input.person ? await this.planPerson(rowNumber, input, personIds, errors) : null;
    if (input.contactFunction && !(input.organisation && input.person)) {
      errors.push({
        field: 'contactPerson.function',
        column: this.columnOf('contactPerson.function'),
        code: 'function.without-contact-person',
        message: 'Een functie hoort bij een contactpersoon: vul op deze rij ook de organisatie en de persoon in.',
      });
    }
    let link: RowPlan['link'] = null;
    if (organisation && person) {
      link = organisation.id && person.id && (await this.ports.lookups.isContactPerson(organisation.id, person.id)) ? 'exists' : 'create';
    }
    const plan = { organisation, person, link, errors };
    return { ...base, ...plan, ...overallAction(plan) };
  }

  private async planOrganisation(rowNumber: number, input: ImportRowInput, ids: Map<string, string>, errors: RowError[]): Promise<RecordPlan | null> {
    const raw = input.organisation!;
    const { fields, errors: fieldErrors } = checkOrganisationInput(raw, { relationTypeCodes: this.settings.activeRelationTypes });
    const key = fields.kvkNumber ? kvkKey(fields.kvkNumber, fields.vestigingsnummer) : `name:${fields.name.toLowerCase()}|${fields.visitingAddress?.postcode ?? ''}`;
    const sameAsRow = this.organisationKeys.get(key) ?? null;
    const existingId = fields.kvkNumber ? (ids.get(key) ?? null) : null;
    if (existingId) {
      const current = await this.ports.organisations.findById(existingId);
      if (current) {
        if (current.archivedAt) {
          errors.push({ field: 'organisation', column: null, code: 'organisation.archived', message: `De organisatie "${current.name}" met dit KvK-nummer is gearchiveerd; zet haar eerst terug.` });
          return null;
        }
        const { changed, errors: updateErrors } = organisationChanges(current, organisationPatch(current, raw), this.settings.activeRelationTypes);
        errors.push(...rowErrors('organisation', updateErrors, this.settings.mapping));
        if (sameAsRow === null) this.organisationKeys.set(key, rowNumber);
        return { action: changed.length ? 'update' : 'unchanged', id: current.id, name: current.name, changedFields: changed, sameAsRow };
      }
    }
    errors.push(...rowErrors('organisation', fieldErrors, this.settings.mapping));
    // Still named, so staff see which organisation the errors are about.
    if (fieldErrors.length > 0) return { action: 'create', id: null, name: fields.name, changedFields: [], sameAsRow: null };
    if (sameAsRow !== null) return { action: 'unchanged', id: null, name: fields.name, changedFields: [], sameAsRow };
    this.organisationKeys.set(key, rowNumber);
    return { action: 'create', id: null, name: fields.name, changedFields: [], sameAsRow: null };
  }

  private async planPerson(rowNumber: number, input: ImportRowInput, ids: Map<string, string>, errors: RowError[]): Promise<RecordPlan | null> {
    const raw = input.person!;
    const { fields, errors: fieldErrors } = checkPersonInput(raw);
    const sameAsRow = fields.email ? (this.personKeys.get(fields.email) ?? null) : null;
    const existingId = fields.email ? (ids.get(fields.email) ?? null) : null;
    if (existingId) {
      const current = await this.ports.persons.findById(existingId);
      if (current) {
        const { changed, errors: updateErrors } = personChanges(current, personPatch(raw));
        errors.push(...rowErrors('person', updateErrors, this.settings.mapping));
        if (sameAsRow === null) this.personKeys.set(fields.email!, rowNumber);
        return { action: changed.length ? 'update' : 'unchanged', id: current.id, name: personDisplayName(current), changedFields: changed, sameAsRow };
      }
    }
    errors.push(...rowErrors('person', fieldErrors, this.settings.mapping));
    const name = personDisplayName(fields);
    if (fieldErrors.length > 0) return { action: 'create', id: null, name, changedFields: [], sameAsRow: null };
    if (sameAsRow !== null) return { action: 'unchanged', id: null, name, changedFields: [], sameAsRow };
    if (fields.email) this.personKeys.set(fields.email, rowNumber);
    return { action: 'create', id: null, name, changedFields: [], sameAsRow: null };
  }

  private columnOf(field: string): string | null {
    return Object.entries(this.settings.mapping).find(([, target]) => target === field)?.[0] ?? null;
  }
}
