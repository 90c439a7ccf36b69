import { Injectable } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';
import { DocumentContentStore } from '@gemeente-crm/archive-core';

/**
 * The default content store: bytes in PostgreSQL, written in the caller's transaction, so a
 * document and its content are committed together. Content is keyed by hash; the same bytes
 * uploaded twice are stored once.
 */
@Injectable()
export class PostgresDocumentContentStore extends DocumentContentStore {
  constructor(private readonly db: DatabaseContext) {
    super();
  }

  async put(key: string, data: Buffer): Promise<void> {
    await this.db.manager.query(
      'INSERT INTO document_content (content_key, data, size_bytes) VALUES ($1, $2, $3) ON CONFLICT (content_key) DO NOTHING',
      [key, data, data.length],
    );
  }

  async get(key: string): Promise<Buffer | null> {
    const rows: { data: Buffer }[] = await this.db.manager.query('SELECT data FROM document_content WHERE content_key = $1', [key]);
    return rows[0]?.data ?? null;
  }

  async delete(key: string): Promise<void> {
    await this.db.manager.query('DELETE FROM document_content WHERE content_key = $1', [key]);
  }
}
