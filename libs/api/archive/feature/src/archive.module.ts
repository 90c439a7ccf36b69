import { type DynamicModule, Module } from '@nestjs/common';
import { ARCHIVE_USE_CASES, DocumentContentStore, DocumentLimits, DocumentRepository, DocumentSubjects, StaticDocumentLimits } from '@gemeente-crm/archive-core';
import { ARCHIVE_OPTIONS, type ArchiveModuleOptions } from './archive-options.js';
import { DocumentViews } from './http/document-views.js';
import { DocumentsController } from './http/documents.controller.js';
import { ArchiveMergedReferences } from './persistence/archive-merged-references.js';
import { PostgresDocumentContentStore } from './persistence/postgres-document-content-store.js';
import { SqlDocumentSubjects } from './persistence/sql-document-subjects.js';
import { TypeormDocumentRepository } from './persistence/typeorm-document-repository.js';

/**
 * Documents (the archive): metadata and links in PostgreSQL, content through the
 * DocumentContentStore port (PostgreSQL by default). Exports the use cases other domains call
 * (StoreDocument for generated or extracted files); moves documents to the survivor when
 * relations are merged (ArchiveMergedReferences).
 */
@Module({})
export class ArchiveModule {
  static forRoot(options: ArchiveModuleOptions): DynamicModule {
    return {
      module: ArchiveModule,
      controllers: [DocumentsController],
      providers: [
        ...ARCHIVE_USE_CASES,
        { provide: ARCHIVE_OPTIONS, useValue: options },
        { provide: DocumentLimits, useValue: new StaticDocumentLimits(options.maxDocumentBytes) },
        { provide: DocumentRepository, useClass: TypeormDocumentRepository },
        { provide: DocumentContentStore, useClass: PostgresDocumentContentStore },
        { provide: DocumentSubjects, useClass: SqlDocumentSubjects },
        DocumentViews,
        ArchiveMergedReferences,
      ],
      exports: [...ARCHIVE_USE_CASES],
      global: true,
    };
  }
}
