import { Injectable } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';
import { type DocumentRef, type DocumentSubject, DocumentSubjects, type LinkableDocumentObjectType } from '@gemeente-crm/archive-core';

/**
 * Where each linkable type lives and how its archived state reads. Documents are filed on
 * records of other domains that depend on the archive themselves (contact moments import
 * e-mail attachments through it), so the archive asks the tables directly instead of their
 * domains' repositories. A new linkable type is one line here.
 */
const SUBJECT_TABLES: Record<LinkableDocumentObjectType, string> = {
  organisation: 'organisation',
  person: 'person',
  'contact-moment': 'contact_moment',
  // Leads are never archived (they are won or lost), so every existing lead takes documents (generated quotes).
  lead: '(SELECT id, NULL::timestamptz AS archived_at FROM lead) AS lead_subject',
};

@Injectable()
export class SqlDocumentSubjects extends DocumentSubjects {
  constructor(private readonly db: DatabaseContext) {
    super();
  }

  async find(ref: DocumentRef): Promise<DocumentSubject | null> {
    const table = SUBJECT_TABLES[ref.objectType as LinkableDocumentObjectType];
    if (!table) return null;
    const rows: { archived: boolean }[] = await this.db.manager.query(`SELECT archived_at IS NOT NULL AS archived FROM ${table} WHERE id = $1`, [ref.objectId]);
    return rows[0] ? { ref, archived: rows[0].archived } : null;
  }
}
