import type { RelationObjectType } from '@gemeente-crm/web-api-client';

/**
 * The organisation or person a relation page shows. Structurally the relations screens'
 * RelationRef: the app passes these components to them as slots (RelationExtensions).
 */
export interface RelationRef {
  objectType: RelationObjectType;
  objectId: string;
  name: string;
  archived: boolean;
}

export interface RelationSlotProps {
  relation: RelationRef;
}
