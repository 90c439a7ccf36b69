import { type DynamicModule, Module } from '@nestjs/common';
import { IMPORTS_USE_CASES, ImportRepository, ImportRunScheduler, MappingPresetRepository, RelationLookups, SheetReader } from '@gemeente-crm/imports-core';
import { ImportPresetsController, ImportsController } from './http/imports.controller.js';
import { ImportJobs } from './jobs/import-jobs.js';
import { IMPORTS_OPTIONS, type ImportsModuleOptions } from './jobs/imports-options.js';
import { PgBossImportRunScheduler } from './jobs/pg-boss-import-run-scheduler.js';
import { SqlRelationLookups } from './persistence/sql-relation-lookups.js';
import { TypeormImportRepository } from './persistence/typeorm-import-repository.js';
import { TypeormMappingPresetRepository } from './persistence/typeorm-mapping-preset-repository.js';
import { FileSheetReader } from './sheets/file-sheet-reader.js';

/**
 * The import wizard (issue 5): organisations, persons and contact persons from CSV and XLSX,
 * through the relations use cases, run on the job queue. Needs from the application the
 * relations module's exports (repositories, use cases, RelationTypeCatalog, DuplicateFinder).
 */
@Module({})
export class ImportsModule {
  static forRoot(options: ImportsModuleOptions): DynamicModule {
    return {
      module: ImportsModule,
      controllers: [ImportsController, ImportPresetsController],
      providers: [
        ...IMPORTS_USE_CASES,
        { provide: IMPORTS_OPTIONS, useValue: options },
        { provide: ImportRepository, useClass: TypeormImportRepository },
        { provide: MappingPresetRepository, useClass: TypeormMappingPresetRepository },
        { provide: SheetReader, useClass: FileSheetReader },
        { provide: RelationLookups, useClass: SqlRelationLookups },
        { provide: ImportRunScheduler, useClass: PgBossImportRunScheduler },
        ImportJobs,
      ],
      exports: [ImportJobs],
    };
  }
}
