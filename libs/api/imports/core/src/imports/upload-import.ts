import { randomUUID } from 'node:crypto';
import { AuditLog, type ChangeContext, Clock, TransactionManager } from '@gemeente-crm/api-kernel';
import { UseCase } from '@gemeente-crm/relations-core';
import { suggestMapping } from '../mapping/column-mapping.js';
import { uniqueHeaders } from './headers.js';
import { unreadableFile } from './import-errors.js';
import { ImportRepository } from './import-repository.js';
import { IMPORT_AUDIT_OBJECT_TYPES, type RelationImport } from './relation-import.js';
import { SheetReader } from './sheet-reader.js';

/** How many rows the mapping step shows. */
export const SAMPLE_ROWS = 5;
/** Far above the 100 000 rows a municipality's full relation list has; keeps one file from filling the database. */
export const MAX_IMPORT_ROWS = 250_000;

@UseCase()
export class UploadImport {
  constructor(
    private readonly imports: ImportRepository,
    private readonly reader: SheetReader,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * Keeps the file with its header, first rows and a mapping suggested from the header names.
   * @throws ValidationError on `file` when it is no readable sheet, has no header or no rows
   */
  async execute(file: { fileName: string; data: Uint8Array }, context: ChangeContext): Promise<RelationImport> {
    const sheet = await this.reader.read(file.fileName, file.data);
    let headers: string[] | null = null;
    const sampleRows: string[][] = [];
    let rowCount = 0;
    for await (const row of sheet.rows) {
      if (headers === null) {
        if (row.every((cell) => cell.trim() === '')) continue;
        headers = uniqueHeaders(row);
        continue;
      }
      rowCount += 1;
      if (rowCount > MAX_IMPORT_ROWS) throw unreadableFile(`Het bestand heeft meer dan ${MAX_IMPORT_ROWS.toLocaleString('nl-NL')} rijen; splits het op.`, 'import.too-many-rows');
      if (sampleRows.length < SAMPLE_ROWS) sampleRows.push(headers.map((_, index) => row[index] ?? ''));
    }
    if (!headers) throw unreadableFile('Het bestand is leeg: er staat geen kopregel in.', 'import.file-empty');
    if (rowCount === 0) throw unreadableFile('Het bestand heeft een kopregel maar geen rijen met gegevens.', 'import.file-empty');

    const now = this.clock.now();
    const relationImport: RelationImport = {
      id: randomUUID(),
      fileName: file.fileName,
      format: sheet.format,
      fileSize: file.data.byteLength,
      headers,
      sampleRows,
      rowCount,
      mapping: suggestMapping(headers),
      status: 'uploaded',
      dryRun: null,
      createdBy: context.actor,
      createdAt: now,
      updatedAt: now,
      startedAt: null,
      finishedAt: null,
    };
    await this.transactions.run(async () => {
      await this.imports.insert(relationImport, file.data);
      await this.auditLog.record({
        action: 'create',
        objectType: IMPORT_AUDIT_OBJECT_TYPES.import,
        objectId: relationImport.id,
        changes: { fileName: { old: null, new: file.fileName }, rowCount: { old: null, new: rowCount } },
        context,
      });
    });
    return relationImport;
  }
}
