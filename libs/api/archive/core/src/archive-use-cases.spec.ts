import 'reflect-metadata';
import { AuditLog, Clock, TransactionManager } from '@gemeente-crm/api-kernel';
import { ARCHIVE_USE_CASES } from './archive-use-cases.js';
import { DocumentContentStore } from './documents/document-content-store.js';
import { DocumentLimits } from './documents/document-limits.js';
import { DocumentRepository } from './documents/document-repository.js';
import { DocumentSubjects } from './documents/document-subjects.js';

const INJECTABLES: readonly unknown[] = [DocumentRepository, DocumentContentStore, DocumentSubjects, DocumentLimits, TransactionManager, AuditLog, Clock];

describe('archive use cases as injectable providers', () => {
  it.each(ARCHIVE_USE_CASES.map((useCase) => [useCase.name, useCase] as const))('%s declares its ports as constructor parameter types', (_name, useCase) => {
    const parameterTypes: unknown[] = Reflect.getMetadata('design:paramtypes', useCase) ?? [];
    expect(parameterTypes).toHaveLength(useCase.length);
    for (const type of parameterTypes) expect(INJECTABLES).toContain(type);
  });
});
