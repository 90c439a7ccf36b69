import { DocumentContentEntity } from './document-content.entity.js';
import { DocumentLinkEntity } from './document-link.entity.js';
import { DocumentEntity } from './document.entity.js';

export const ARCHIVE_ENTITIES = [DocumentEntity, DocumentLinkEntity, DocumentContentEntity];
