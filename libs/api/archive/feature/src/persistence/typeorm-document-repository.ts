import { Injectable } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';
import type { Page } from '@gemeente-crm/api-kernel';
import {
  type Document,
  type DocumentListQuery,
  type DocumentRef,
  DocumentRepository,
  type DocumentSummary,
  normaliseDocumentRefs,
} from '@gemeente-crm/archive-core';
import { DocumentEntity } from './document.entity.js';

interface SummaryRow {
  id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  description: string | null;
  uploaded_by: string;
  uploaded_at: Date;
  archived: boolean;
  version: number;
}

@Injectable()
export class TypeormDocumentRepository extends DocumentRepository {
  constructor(private readonly db: DatabaseContext) {
    super();
  }

  async findById(id: string): Promise<Document | null> {
    const row = await this.db.manager.findOne(DocumentEntity, { where: { id } });
    if (!row) return null;
    const links: DocumentRef[] = await this.db.manager.query(
      `SELECT object_type AS "objectType", object_id AS "objectId" FROM document_link WHERE document_id = $1`,
      [id],
    );
    return toDocument(row, links);
  }

  async insert(document: Document): Promise<void> {
    await this.db.manager.insert(DocumentEntity, documentRow(document));
    await this.insertLinks(document);
  }

  async update(document: Document, expectedVersion: number): Promise<boolean> {
    const result = await this.db.manager.update(DocumentEntity, { id: document.id, version: expectedVersion }, documentRow(document));
    if (result.affected !== 1) return false;
    // Rewritten as a whole, so the copies of uploaded_at, archived and on_timeline follow.
    await this.db.manager.query('DELETE FROM document_link WHERE document_id = $1', [document.id]);
    await this.insertLinks(document);
    return true;
  }

  async list(query: DocumentListQuery): Promise<Page<DocumentSummary>> {
    const params: unknown[] = [query.linkedTo.objectType, query.linkedTo.objectId];
    const where = `l.object_type = $1 AND l.object_id = $2::uuid${query.includeArchived ? '' : ' AND NOT l.archived'}`;
    const offset = (query.page - 1) * query.pageSize;
    const [rows, [count]] = await Promise.all([
      this.db.manager.query(
        `SELECT d.id, d.file_name, d.content_type, d.size_bytes, d.description, d.uploaded_by, d.uploaded_at,
                d.archived_at IS NOT NULL AS archived, d.version
         FROM document_link l JOIN document d ON d.id = l.document_id
         WHERE ${where}
         ORDER BY l.uploaded_at DESC, l.document_id DESC LIMIT ${query.pageSize} OFFSET ${offset}`,
        params,
      ) as Promise<SummaryRow[]>,
      this.db.manager.query(`SELECT count(*)::int AS n FROM document_link l WHERE ${where}`, params) as Promise<{ n: number }[]>,
    ]);
    return {
      items: rows.map((row) => ({
        id: row.id,
        fileName: row.file_name,
        contentType: row.content_type,
        sizeBytes: row.size_bytes,
        description: row.description,
        uploadedBy: row.uploaded_by,
        uploadedAt: row.uploaded_at,
        archived: row.archived,
        version: row.version,
      })),
      page: query.page,
      pageSize: query.pageSize,
      total: count!.n,
      totalIsExact: true,
    };
  }

  async moveLinks(from: DocumentRef, to: DocumentRef): Promise<string[]> {
    // A DELETE ... RETURNING answers [rows, affected count].
    const [rows]: [{ document_id: string }[], number] = await this.db.manager.query(
      `DELETE FROM document_link WHERE object_type = $1 AND object_id = $2::uuid RETURNING document_id`,
      [from.objectType, from.objectId],
    );
    const ids = rows.map((row) => row.document_id);
    if (!ids.length) return [];
    await this.db.manager.query('UPDATE document SET version = version + 1, updated_at = now() WHERE id = ANY($1::uuid[])', [ids]);
    await this.db.manager.query(
      `INSERT INTO document_link (document_id, object_type, object_id, uploaded_at, archived, on_timeline)
       SELECT d.id, $2, $3::uuid, d.uploaded_at, d.archived_at IS NOT NULL,
              NOT EXISTS (SELECT 1 FROM document_link x WHERE x.document_id = d.id AND x.object_type = 'contact-moment')
       FROM document d WHERE d.id = ANY($1::uuid[])
       ON CONFLICT DO NOTHING`,
      [ids, to.objectType, to.objectId],
    );
    return ids;
  }

  private async insertLinks(document: Document): Promise<void> {
    if (!document.links.length) return;
    // Documents of a contact moment (e-mail attachments) show on the timeline with it, not on their own.
    const onTimeline = !document.links.some((link) => link.objectType === 'contact-moment');
    await this.db.manager.query(
      `INSERT INTO document_link (document_id, object_type, object_id, uploaded_at, archived, on_timeline)
       SELECT $1, object_type, object_id, $4, $5, $6 FROM unnest($2::text[], $3::uuid[]) AS t(object_type, object_id)`,
      [
        document.id,
        document.links.map((link) => link.objectType),
        document.links.map((link) => link.objectId),
        document.uploadedAt,
        document.archivedAt !== null,
        onTimeline,
      ],
    );
  }
}

function toDocument(row: DocumentEntity, links: DocumentRef[]): Document {
  return {
    id: row.id,
    fileName: row.fileName,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    contentKey: row.contentKey,
    description: row.description,
    links: normaliseDocumentRefs(links),
    uploadedBy: row.uploadedBy,
    uploadedAt: row.uploadedAt,
    version: row.version,
    updatedAt: row.updatedAt,
    archivedAt: row.archivedAt,
    archiveReason: row.archiveReason,
  };
}

function documentRow(document: Document): DocumentEntity {
  return {
    id: document.id,
    fileName: document.fileName,
    contentType: document.contentType,
    sizeBytes: document.sizeBytes,
    sha256: document.sha256,
    contentKey: document.contentKey,
    description: document.description,
    uploadedBy: document.uploadedBy,
    uploadedAt: document.uploadedAt,
    archivedAt: document.archivedAt,
    archiveReason: document.archiveReason,
    version: document.version,
    updatedAt: document.updatedAt,
  };
}
