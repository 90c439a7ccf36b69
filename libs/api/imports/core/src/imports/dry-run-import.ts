import { Clock, TransactionManager, ValidationError } from '@gemeente-crm/api-kernel';
import { OrganisationRepository, PersonRepository, RelationTypeCatalog, UseCase } from '@gemeente-crm/relations-core';
import { checkMapping } from '../mapping/column-mapping.js';
import { mappedCells, toRowInput } from '../rows/row-input.js';
import { RowPlanner } from '../rows/row-planner.js';
import { importAlreadyStarted, importNotFound, unreadableFile } from './import-errors.js';
import { ImportRepository, type PreparedRow } from './import-repository.js';
import type { DryRunSummary, RelationImport } from './relation-import.js';
import { RelationLookups } from './relation-lookups.js';
import { SheetReader } from './sheet-reader.js';

/** Rows matched and stored per round trip. */
const CHUNK = 1_000;

@UseCase()
export class DryRunImport {
  constructor(
    private readonly imports: ImportRepository,
    private readonly reader: SheetReader,
    private readonly organisations: OrganisationRepository,
    private readonly persons: PersonRepository,
    private readonly lookups: RelationLookups,
    private readonly relationTypes: RelationTypeCatalog,
    private readonly transactions: TransactionManager,
    private readonly clock: Clock,
  ) {}

  /**
   * Works out per row what the run would do, changing no relation: create, update (which
   * fields), skip (empty, repeated row, nothing new) or error (the relations' own field rules).
   * Keeps each row's plan and input; the run works from them.
   *
   * @throws ValidationError when the mapping is incomplete
   * @throws ConflictError `import.started` once the run has started
   */
  async execute(id: string): Promise<RelationImport> {
    const current = await this.imports.findById(id);
    if (!current) throw importNotFound();
    if (current.status === 'running' || current.status === 'done') throw importAlreadyStarted();
    const mappingErrors = checkMapping(current.mapping, current.headers);
    if (mappingErrors.length > 0) throw new ValidationError(mappingErrors);
    const file = await this.imports.file(id);
    if (!file) throw importNotFound();

    const [activeRelationTypes, staff] = await Promise.all([this.relationTypes.activeCodes(), this.lookups.staff()]);
    const planner = new RowPlanner(
      { organisations: this.organisations, persons: this.persons, lookups: this.lookups },
      { mapping: current.mapping, activeRelationTypes, staff },
    );
    const summary: DryRunSummary = { total: 0, create: 0, update: 0, skip: 0, error: 0, checkedAt: this.clock.now() };

    return this.transactions.run(async () => {
      await this.imports.clearPreview(id);
      const flush = async (chunk: { rowNumber: number; input: PreparedRow['input'] }[]) => {
        const plans = await planner.plan(chunk);
        const prepared = plans.map((plan, index) => ({ rowNumber: plan.rowNumber, input: chunk[index]!.input, plan }));
        for (const { plan } of prepared) summary[plan.action] += 1;
        summary.total += prepared.length;
        await this.imports.addPreview(id, prepared);
      };
      const sheet = await this.reader.read(current.fileName, file);
      let rowNumber = 0;
      let headerSeen = false;
      let chunk: { rowNumber: number; input: PreparedRow['input'] }[] = [];
      for await (const row of sheet.rows) {
        rowNumber += 1;
        if (!headerSeen) {
          // Blank lines above the header, as UploadImport skips them.
          if (row.every((cell) => cell.trim() === '')) continue;
          headerSeen = true;
          continue;
        }
        chunk.push({ rowNumber, input: toRowInput(mappedCells(current.headers, row, current.mapping)) });
        if (chunk.length === CHUNK) {
          await flush(chunk);
          chunk = [];
        }
      }
      if (chunk.length > 0) await flush(chunk);
      if (summary.total === 0) throw unreadableFile('Het bestand heeft geen rijen met gegevens.', 'import.file-empty');
      const next: RelationImport = { ...current, status: 'checked', dryRun: summary, updatedAt: this.clock.now() };
      await this.imports.update(next);
      return next;
    });
  }
}
