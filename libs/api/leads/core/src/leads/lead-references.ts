import type { FieldError } from '@gemeente-crm/api-kernel';
import { OrganisationRepository, PersonRepository } from '@gemeente-crm/relations-core';
import { LeadOptionRepository } from '../options/lead-option-repository.js';
import type { Lead, LeadFields } from './lead.js';
import { LeadOwnerDirectory } from './lead-owner-directory.js';

export interface LeadReferencePorts {
  organisations: OrganisationRepository;
  persons: PersonRepository;
  owners: LeadOwnerDirectory;
  options: LeadOptionRepository;
}

/**
 * Errors for references that do not resolve: a relation that does not exist or is archived, an
 * unknown owner, a source that is not (or no longer) in the list. A value the lead already had
 * is accepted as it is, so deactivating a source or archiving a relation never blocks edits.
 */
export async function leadReferenceErrors(ports: LeadReferencePorts, fields: LeadFields, current: Lead | null): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  const sameRelation = current?.relation.objectType === fields.relation.objectType && current.relation.objectId === fields.relation.objectId;
  if (!sameRelation) {
    const relation =
      fields.relation.objectType === 'organisation'
        ? await ports.organisations.findById(fields.relation.objectId)
        : await ports.persons.findById(fields.relation.objectId);
    const name = fields.relation.objectType === 'organisation' ? 'organisatie' : 'persoon';
    if (!relation) errors.push({ field: 'relation', code: 'relation.not-found', message: `Deze ${name} bestaat niet.` });
    else if (relation.archivedAt) errors.push({ field: 'relation', code: 'relation.archived', message: `Deze ${name} is gearchiveerd.` });
  }
  if (fields.ownerId && fields.ownerId !== current?.ownerId && !(await ports.owners.isKnown(fields.ownerId))) {
    errors.push({ field: 'ownerId', code: 'owner.unknown', message: 'Deze medewerker is niet bekend in het CRM.' });
  }
  if (fields.sourceCode && fields.sourceCode !== current?.sourceCode) {
    const source = await ports.options.find('source', fields.sourceCode);
    if (!source || !source.active) errors.push({ field: 'sourceCode', code: 'source.unknown', message: 'Kies een bron uit de lijst.' });
  }
  return errors;
}
