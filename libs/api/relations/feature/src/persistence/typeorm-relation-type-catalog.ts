import { Injectable } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';
import { RelationTypeCatalog } from '@gemeente-crm/relations-core';
import { RelationTypeEntity } from './relation-type.entity.js';

@Injectable()
export class TypeormRelationTypeCatalog extends RelationTypeCatalog {
  constructor(private readonly db: DatabaseContext) {
    super();
  }

  async activeCodes(): Promise<string[]> {
    const rows = await this.db.manager.find(RelationTypeEntity, { where: { active: true }, select: { code: true } });
    return rows.map((row) => row.code);
  }

  all(): Promise<RelationTypeEntity[]> {
    return this.db.manager.find(RelationTypeEntity, { order: { sortOrder: 'ASC', label: 'ASC' } });
  }
}
