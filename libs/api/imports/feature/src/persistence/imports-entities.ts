import { ImportMappingPresetEntity } from './import-mapping-preset.entity.js';
import { RelationImportPreviewEntity } from './relation-import-preview.entity.js';
import { RelationImportRowEntity } from './relation-import-row.entity.js';
import { RelationImportEntity } from './relation-import.entity.js';

export const IMPORTS_ENTITIES = [RelationImportEntity, RelationImportPreviewEntity, RelationImportRowEntity, ImportMappingPresetEntity];
