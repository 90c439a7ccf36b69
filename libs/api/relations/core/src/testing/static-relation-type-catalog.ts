import { DEFAULT_RELATION_TYPES, RelationTypeCatalog } from '../relation-types/relation-type-catalog.js';

export class StaticRelationTypeCatalog extends RelationTypeCatalog {
  constructor(public codes: string[] = DEFAULT_RELATION_TYPES.map((type) => type.code)) {
    super();
  }

  async activeCodes(): Promise<string[]> {
    return [...this.codes];
  }
}
