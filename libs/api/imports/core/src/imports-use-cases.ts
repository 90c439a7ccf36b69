import { DryRunImport } from './imports/dry-run-import.js';
import { ProcessImportBatch } from './imports/process-import-batch.js';
import { GetImport, GetImportRows, ListImports } from './imports/read-imports.js';
import { SetImportMapping } from './imports/set-import-mapping.js';
import { StartImport } from './imports/start-import.js';
import { UploadImport } from './imports/upload-import.js';
import { DeleteMappingPreset, ListMappingPresets, SaveMappingPreset } from './presets/mapping-presets.js';

/**
 * Every use case of the import wizard, for the feature module's `providers`. They need the
 * ports ImportRepository, MappingPresetRepository, SheetReader, RelationLookups and
 * ImportRunScheduler, plus the relations domain's repositories, catalog and use cases
 * (CreateOrganisation, UpdateOrganisation, CreatePerson, UpdatePerson, LinkContactPerson),
 * its DuplicateFinder, and TransactionManager, AuditLog and Clock.
 */
export const IMPORTS_USE_CASES = [
  UploadImport,
  GetImport,
  ListImports,
  GetImportRows,
  SetImportMapping,
  DryRunImport,
  StartImport,
  ProcessImportBatch,
  ListMappingPresets,
  SaveMappingPreset,
  DeleteMappingPreset,
] as const;
