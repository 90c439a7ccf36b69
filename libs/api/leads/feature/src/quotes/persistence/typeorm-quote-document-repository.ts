import { Injectable } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';
import { type QuoteDocument, QuoteDocumentRepository } from '@gemeente-crm/leads-core';

interface DocumentRow {
  id: string;
  quote_id: string;
  revision: number;
  format: QuoteDocument['format'];
  document_id: string;
  file_name: string;
  created_by: string;
  created_at: Date;
}

@Injectable()
export class TypeormQuoteDocumentRepository extends QuoteDocumentRepository {
  constructor(private readonly db: DatabaseContext) {
    super();
  }

  async insert(document: QuoteDocument): Promise<void> {
    await this.db.manager.query(
      `INSERT INTO quote_document (id, quote_id, revision, format, document_id, file_name, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [document.id, document.quoteId, document.revision, document.format, document.documentId, document.fileName, document.createdBy, document.createdAt],
    );
  }

  async listByQuote(quoteId: string): Promise<QuoteDocument[]> {
    const rows: DocumentRow[] = await this.db.manager.query('SELECT * FROM quote_document WHERE quote_id = $1 ORDER BY created_at DESC, id', [quoteId]);
    return rows.map(toDocument);
  }

  async findById(id: string): Promise<QuoteDocument | null> {
    const [row]: DocumentRow[] = await this.db.manager.query('SELECT * FROM quote_document WHERE id = $1', [id]);
    return row ? toDocument(row) : null;
  }
}

function toDocument(row: DocumentRow): QuoteDocument {
  return {
    id: row.id,
    quoteId: row.quote_id,
    revision: row.revision,
    format: row.format,
    documentId: row.document_id,
    fileName: row.file_name,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}
