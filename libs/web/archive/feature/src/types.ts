import type { RelationObjectType } from '@gemeente-crm/web-api-client';

/** The organisation or person a relation page shows (structurally the relations screens' RelationRef). */
export interface RelationRef {
  objectType: RelationObjectType;
  objectId: string;
  name: string;
  archived: boolean;
}

export interface RelationSlotProps {
  relation: RelationRef;
}
