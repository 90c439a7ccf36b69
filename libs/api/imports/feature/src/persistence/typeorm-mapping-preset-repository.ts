import { Injectable } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';
import { type ColumnMapping, type MappingPreset, MappingPresetRepository } from '@gemeente-crm/imports-core';
import { ImportMappingPresetEntity } from './import-mapping-preset.entity.js';

@Injectable()
export class TypeormMappingPresetRepository extends MappingPresetRepository {
  constructor(private readonly db: DatabaseContext) {
    super();
  }

  async list(): Promise<MappingPreset[]> {
    const rows = await this.db.manager.find(ImportMappingPresetEntity, { order: { name: 'ASC' } });
    return rows.map(toPreset);
  }

  async findById(id: string): Promise<MappingPreset | null> {
    const row = await this.db.manager.findOne(ImportMappingPresetEntity, { where: { id } });
    return row ? toPreset(row) : null;
  }

  async findByName(name: string): Promise<MappingPreset | null> {
    const row = await this.db.manager.findOne(ImportMappingPresetEntity, { where: { name } });
    return row ? toPreset(row) : null;
  }

  async insert(preset: MappingPreset): Promise<void> {
    await this.db.manager.insert(ImportMappingPresetEntity, preset);
  }

  async update(preset: MappingPreset): Promise<void> {
    await this.db.manager.update(ImportMappingPresetEntity, { id: preset.id }, { name: preset.name, mapping: preset.mapping, updatedAt: preset.updatedAt });
  }

  async delete(id: string): Promise<void> {
    await this.db.manager.delete(ImportMappingPresetEntity, { id });
  }
}

function toPreset(row: ImportMappingPresetEntity): MappingPreset {
  return { id: row.id, name: row.name, mapping: row.mapping as ColumnMapping, createdAt: row.createdAt, updatedAt: row.updatedAt };
}
