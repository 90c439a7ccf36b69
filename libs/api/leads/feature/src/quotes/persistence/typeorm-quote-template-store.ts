import { Injectable } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';
import { QuoteTemplateStore, type QuoteTemplateVersion } from '@gemeente-crm/leads-core';

interface TemplateRow {
  id: string;
  version: number;
  file_name: string | null;
  content: Buffer | null;
  uploaded_by: string;
  uploaded_at: Date;
}

@Injectable()
export class TypeormQuoteTemplateStore extends QuoteTemplateStore {
  constructor(private readonly db: DatabaseContext) {
    super();
  }

  async current(): Promise<QuoteTemplateVersion | null> {
    const [row]: TemplateRow[] = await this.db.manager.query('SELECT * FROM quote_template ORDER BY version DESC LIMIT 1');
    if (!row) return null;
    return {
      id: row.id,
      version: row.version,
      fileName: row.file_name,
      content: row.content ? new Uint8Array(row.content) : null,
      uploadedBy: row.uploaded_by,
      uploadedAt: row.uploaded_at,
    };
  }

  async insert(version: QuoteTemplateVersion): Promise<void> {
    await this.db.manager.query(
      'INSERT INTO quote_template (id, version, file_name, content, uploaded_by, uploaded_at) VALUES ($1, $2, $3, $4, $5, $6)',
      [version.id, version.version, version.fileName, version.content ? Buffer.from(version.content) : null, version.uploadedBy, version.uploadedAt],
    );
  }
}
