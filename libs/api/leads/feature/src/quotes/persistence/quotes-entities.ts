import { QuoteDocumentEntity } from './quote-document.entity.js';
import { QuoteNumberSequenceEntity } from './quote-number-sequence.entity.js';
import { QuoteRevisionEntity } from './quote-revision.entity.js';
import { QuoteTemplateEntity } from './quote-template.entity.js';
import { QuoteEntity } from './quote.entity.js';

export const QUOTES_ENTITIES = [QuoteEntity, QuoteRevisionEntity, QuoteNumberSequenceEntity, QuoteDocumentEntity, QuoteTemplateEntity];
