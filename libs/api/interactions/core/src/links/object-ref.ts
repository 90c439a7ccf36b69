import type { FieldError } from '@gemeente-crm/api-kernel';

/**
 * Everything an interaction can be about, following Klantinteracties: one link model for all
 * domains instead of a column per domain, so leads, contracts and complaints can be linked
 * later without changing the tables.
 */
export const LINK_OBJECT_TYPES = ['organisation', 'person', 'lead', 'contract', 'complaint'] as const;
export type LinkObjectType = (typeof LINK_OBJECT_TYPES)[number];

/** The types a link may point at today; the others wait for their domains. */
export const LINKABLE_OBJECT_TYPES = ['organisation', 'person', 'lead'] as const satisfies readonly LinkObjectType[];

/** A relation: what a task belongs to and what has a timeline. */
export const RELATION_OBJECT_TYPES = ['organisation', 'person'] as const satisfies readonly LinkObjectType[];
export type RelationObjectType = (typeof RELATION_OBJECT_TYPES)[number];

/**
 * What a task may be about besides its relation (its `regarding`): a lead today; contracts and
 * complaints join when their domains exist (the database check lists the same types).
 */
export const TASK_REGARDING_TYPES = ['lead'] as const satisfies readonly LinkObjectType[];
export type TaskRegardingType = (typeof TASK_REGARDING_TYPES)[number];

export interface ObjectRef {
  objectType: LinkObjectType;
  objectId: string;
}

export interface RelationRef extends ObjectRef {
  objectType: RelationObjectType;
}

export interface RegardingRef extends ObjectRef {
  objectType: TaskRegardingType;
}

/** A link as a caller sends it. */
export interface ObjectRefInput {
  objectType: string;
  objectId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isLinkObjectType(value: string): value is LinkObjectType {
  return (LINK_OBJECT_TYPES as readonly string[]).includes(value);
}

export function isRelationObjectType(value: string): value is RelationObjectType {
  return (RELATION_OBJECT_TYPES as readonly string[]).includes(value);
}

/** `organisation:<id>`: one string per link, to compare and deduplicate. */
export function refKey(ref: ObjectRef): string {
  return `${ref.objectType}:${ref.objectId}`;
}

/** Links in a stable order (by type, then id), so two sets compare equal whatever order they were sent in. */
export function sortRefs<T extends ObjectRef>(refs: readonly T[]): T[] {
  return [...refs].sort((a, b) => refKey(a).localeCompare(refKey(b)));
}

/**
 * Normalises and checks one link: a known type that may be linked today (`allowed`) and a
 * UUID. Errors name `field.objectType` or `field.objectId`.
 */
export function checkObjectRef(
  input: ObjectRefInput,
  field: string,
  allowed: readonly LinkObjectType[] = LINKABLE_OBJECT_TYPES,
): { ref: ObjectRef | null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const objectType = (input.objectType ?? '').trim().toLowerCase();
  const objectId = (input.objectId ?? '').trim().toLowerCase();
  if (!isLinkObjectType(objectType)) {
    errors.push({ field: `${field}.objectType`, code: 'link.type-unknown', message: `Onbekend soort object; kies uit ${allowed.join(', ')}.` });
  } else if (!allowed.includes(objectType)) {
    errors.push({
      field: `${field}.objectType`,
      code: 'link.type-unsupported',
      message: `Koppelen aan een ${objectType} kan (nog) niet; kies uit ${allowed.join(', ')}.`,
    });
  }
  if (!UUID.test(objectId)) errors.push({ field: `${field}.objectId`, code: 'link.id-invalid', message: 'Het id moet een UUID zijn.' });
  return { ref: errors.length ? null : { objectType: objectType as LinkObjectType, objectId }, errors };
}
