import type { ColumnMapping } from '../mapping/column-mapping.js';

/** A named column mapping to apply to later files from the same source ("Exact relaties"). */
export interface MappingPreset {
  id: string;
  name: string;
  mapping: ColumnMapping;
  createdAt: Date;
  updatedAt: Date;
}

export const MAX_PRESET_NAME_LENGTH = 100;

export abstract class MappingPresetRepository {
  /** By name. */
  abstract list(): Promise<MappingPreset[]>;
  abstract findById(id: string): Promise<MappingPreset | null>;
  abstract findByName(name: string): Promise<MappingPreset | null>;
  abstract insert(preset: MappingPreset): Promise<void>;
  abstract update(preset: MappingPreset): Promise<void>;
  abstract delete(id: string): Promise<void>;
}
