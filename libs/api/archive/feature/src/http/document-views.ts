import { Injectable } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';
import type { Page } from '@gemeente-crm/api-kernel';
import type { Document, DocumentSummary } from '@gemeente-crm/archive-core';

/** Documents as the API shows them: with the uploader's name and where to download. */
@Injectable()
export class DocumentViews {
  constructor(private readonly db: DatabaseContext) {}

  async document(document: Document) {
    const names = await this.namesOf([document.uploadedBy]);
    const { contentKey: _key, uploadedBy, ...rest } = document;
    return { ...rest, uploadedBy: { id: uploadedBy, name: names.get(uploadedBy) ?? null }, downloadUrl: downloadUrl(document.id) };
  }

  async page(page: Page<DocumentSummary>) {
    const names = await this.namesOf(page.items.map((item) => item.uploadedBy));
    return {
      ...page,
      items: page.items.map((item) => ({ ...item, uploadedBy: { id: item.uploadedBy, name: names.get(item.uploadedBy) ?? null }, downloadUrl: downloadUrl(item.id) })),
    };
  }

  private async namesOf(ids: readonly string[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids)];
    if (!wanted.length) return new Map();
    const rows: { id: string; display_name: string }[] = await this.db.manager.query('SELECT id, display_name FROM app_user WHERE id = ANY($1)', [wanted]);
    return new Map(rows.map((row) => [row.id, row.display_name]));
  }
}

export function downloadUrl(id: string): string {
  return `/api/v1/documents/${id}/content`;
}
