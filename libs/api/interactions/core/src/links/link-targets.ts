import type { FieldError } from '@gemeente-crm/api-kernel';
import { OrganisationRepository, personDisplayName, PersonRepository, UseCase } from '@gemeente-crm/relations-core';
import { LinkableLeads } from './linkable-leads.js';
import { type ObjectRef, type RelationRef, refKey } from './object-ref.js';

/** The record a link points at, as far as interactions need to know it. */
export interface LinkTarget {
  ref: ObjectRef;
  name: string;
  archived: boolean;
  /** Account manager who owns it (organisations only). */
  ownerId: string | null;
  /** Relation status (organisations only). */
  status: string | null;
  /** The relation a lead is about (leads only). */
  relation: RelationRef | null;
}

/**
 * Looks up what links point at through the relations domain's own repositories (and the
 * leads domain's LinkableLeads), so that interactions never reach into relation or lead
 * tables to decide whether a record exists. Marked
 * with `@UseCase()` only so the feature can inject it by class like the use cases.
 */
@UseCase()
export class LinkTargets {
  constructor(
    private readonly organisations: OrganisationRepository,
    private readonly persons: PersonRepository,
    private readonly leads: LinkableLeads,
  ) {}

  /** The record, or null when there is none (or its domain does not exist yet). */
  async find(ref: ObjectRef): Promise<LinkTarget | null> {
    switch (ref.objectType) {
      case 'organisation': {
        const organisation = await this.organisations.findById(ref.objectId);
        return organisation
          ? { ref, name: organisation.name, archived: organisation.archivedAt !== null, ownerId: organisation.ownerId, status: organisation.status, relation: null }
          : null;
      }
      case 'person': {
        const person = await this.persons.findById(ref.objectId);
        return person ? { ref, name: personDisplayName(person), archived: person.archivedAt !== null, ownerId: null, status: null, relation: null } : null;
      }
      case 'lead': {
        const lead = await this.leads.find(ref.objectId);
        return lead ? { ref, name: lead.title, archived: false, ownerId: null, status: null, relation: lead.relation } : null;
      }
      default:
        return null;
    }
  }

  /**
   * Field errors for links to records that do not exist, or that are archived — unless the link
   * was there before (`existing`): a contact moment keeps pointing at a relation archived since.
   */
  async check(refs: readonly ObjectRef[], fieldOf: (ref: ObjectRef) => string, existing: ReadonlySet<string> = new Set()): Promise<FieldError[]> {
    const errors: FieldError[] = [];
    for (const ref of refs) {
      const target = await this.find(ref);
      const field = fieldOf(ref);
      if (!target) {
        errors.push({ field, code: 'link.not-found', message: `Deze ${dutchTypeName(ref)} bestaat niet.` });
      } else if (target.archived && !existing.has(refKey(ref))) {
        errors.push({ field, code: 'link.archived', message: `Deze ${dutchTypeName(ref)} is gearchiveerd; koppel alleen actieve relaties.` });
      }
    }
    return errors;
  }
}

function dutchTypeName(ref: ObjectRef): string {
  return { organisation: 'organisatie', person: 'persoon', lead: 'lead', contract: 'contract', complaint: 'klacht' }[ref.objectType];
}
