import { organisationNotFound, personNotFound } from '@gemeente-crm/relations-core';
import type { LinkTarget, LinkTargets } from '../links/link-targets.js';
import type { RelationRef } from '../links/object-ref.js';

/**
 * The relation a timeline or summary is asked for, archived or not.
 * @throws NotFoundError `organisation.not-found`, `person.not-found`
 */
export async function findRelation(linkTargets: LinkTargets, subject: RelationRef): Promise<LinkTarget> {
  const target = await linkTargets.find(subject);
  if (!target) throw subject.objectType === 'organisation' ? organisationNotFound() : personNotFound();
  return target;
}
