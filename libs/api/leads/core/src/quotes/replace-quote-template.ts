import { randomUUID } from 'node:crypto';
import { AuditLog, type ChangeContext, Clock, TransactionManager, ValidationError } from '@gemeente-crm/api-kernel';
import { UseCase } from '@gemeente-crm/relations-core';
import { QUOTE_AUDIT_OBJECT_TYPES, QUOTE_TEMPLATE_AUDIT_ID } from './quote-audit.js';
import { isKnownQuoteTemplateTag } from './quote-merge-data.js';
import { QuoteDocumentRenderer, QuoteTemplateStore, type QuoteTemplateVersion } from './quote-template.js';

/** What a template file must be: a Word document (a zip starting with `PK`) that compiles. */
function templateErrors(fileName: string, content: Uint8Array, renderer: QuoteDocumentRenderer) {
  if (!fileName.toLowerCase().endsWith('.docx') || content[0] !== 0x50 || content[1] !== 0x4b) {
    return [{ field: 'file', code: 'template.not-docx', message: 'Upload een Word-document (.docx).' }];
  }
  const { problems, tags } = renderer.inspectTemplate(content);
  if (problems.length > 0) {
    return [{ field: 'file', code: 'template.invalid', message: `Het sjabloon kan niet worden gelezen: ${problems.join('; ')}` }];
  }
  const unknown = tags.filter((tag) => !isKnownQuoteTemplateTag(tag));
  if (unknown.length > 0) {
    return [
      {
        field: 'file',
        code: 'template.unknown-tags',
        message: `Het sjabloon gebruikt onbekende velden: ${unknown.map((tag) => `{${tag}}`).join(', ')}.`,
        tags: unknown,
      },
    ];
  }
  return [];
}

/**
 * Replaces the quote template with an uploaded Word file (`content`), or goes back to the
 * default (`content: null`). Every change is a new, audited template version.
 */
@UseCase()
export class ReplaceQuoteTemplate {
  constructor(
    private readonly templates: QuoteTemplateStore,
    private readonly renderer: QuoteDocumentRenderer,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * @throws ValidationError `template.not-docx`, `template.invalid` or `template.unknown-tags`
   *   (the message names the unknown tags)
   */
  async execute(upload: { fileName: string; content: Uint8Array } | null, context: ChangeContext): Promise<QuoteTemplateVersion> {
    if (upload) {
      const errors = templateErrors(upload.fileName, upload.content, this.renderer);
      if (errors.length > 0) throw new ValidationError(errors, errors[0]?.message);
    }
    return this.transactions.run(async () => {
      const current = await this.templates.current();
      const next: QuoteTemplateVersion = {
        id: randomUUID(),
        version: (current?.version ?? 0) + 1,
        fileName: upload?.fileName ?? null,
        content: upload?.content ?? null,
        uploadedBy: context.actor.id,
        uploadedAt: this.clock.now(),
      };
      await this.templates.insert(next);
      await this.auditLog.record({
        action: 'update',
        objectType: QUOTE_AUDIT_OBJECT_TYPES.quoteTemplate,
        objectId: QUOTE_TEMPLATE_AUDIT_ID,
        changes: {
          version: { old: current?.version ?? 0, new: next.version },
          fileName: { old: current?.fileName ?? null, new: next.fileName },
          isDefault: { old: !current?.content, new: next.content === null },
        },
        context,
      });
      return next;
    });
  }
}
