import { lazy } from 'react';

export { UploadZone, type UploadZoneProps } from './upload/UploadZone';
export { EmailImportResults } from './email/EmailImportResults';

/** What the archive adds to the organisation and person pages (see RelationExtensions). */
export const archiveRelationExtensions = {
  Documents: lazy(() => import('./documents/DocumentsTab')),
  EmailAction: lazy(() => import('./email/EmailImportButton')),
};
