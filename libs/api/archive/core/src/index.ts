// Documents
export * from './documents/audit-object-types.js';
export * from './documents/content-type.js';
export * from './documents/document.js';
export * from './documents/document-content-store.js';
export * from './documents/document-errors.js';
export * from './documents/document-input.js';
export * from './documents/document-limits.js';
export * from './documents/document-repository.js';
export * from './documents/document-subjects.js';
export * from './documents/archive-document.js';
export * from './documents/download-document.js';
export * from './documents/get-document.js';
export * from './documents/list-documents.js';
// Other domains file their generated or extracted files through this one.
export * from './documents/store-document.js';

export * from './archive-use-cases.js';
