import { AuditLog, type ChangeContext, Clock, fieldChanges, TransactionManager, ValidationError } from '@gemeente-crm/api-kernel';
import { UseCase } from '@gemeente-crm/relations-core';
import { checkMapping, mappingForHeaders } from '../mapping/column-mapping.js';
import { MappingPresetRepository } from '../presets/mapping-preset.js';
import { importAlreadyStarted, importNotFound, presetNotFound } from './import-errors.js';
import { ImportRepository } from './import-repository.js';
import { IMPORT_AUDIT_OBJECT_TYPES, type RelationImport } from './relation-import.js';

export type MappingChoice = { mapping: Record<string, string>; presetId?: undefined } | { presetId: string; mapping?: undefined };

@UseCase()
export class SetImportMapping {
  constructor(
    private readonly imports: ImportRepository,
    private readonly presets: MappingPresetRepository,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * Sets which column feeds which field, given directly or as a saved preset (whose columns
   * this file lacks are left out). The previous dry run no longer holds and is dropped.
   *
   * @throws ValidationError `mapping.*` listing every problem
   * @throws ConflictError `import.started` once the run has started
   */
  async execute(id: string, choice: MappingChoice, context: ChangeContext): Promise<RelationImport> {
    return this.transactions.run(async () => {
      const current = await this.imports.findById(id);
      if (!current) throw importNotFound();
      if (current.status === 'running' || current.status === 'done') throw importAlreadyStarted();
      let mapping: Record<string, string>;
      if (choice.presetId !== undefined) {
        const preset = await this.presets.findById(choice.presetId);
        if (!preset) throw presetNotFound();
        mapping = mappingForHeaders(preset.mapping, current.headers);
      } else {
        mapping = choice.mapping;
      }
      const errors = checkMapping(mapping, current.headers);
      if (errors.length > 0) throw new ValidationError(errors);
      const next: RelationImport = { ...current, mapping: mappingForHeaders(mapping, current.headers), status: 'uploaded', dryRun: null, updatedAt: this.clock.now() };
      await this.imports.clearPreview(id);
      await this.imports.update(next);
      await this.auditLog.record({
        action: 'update',
        objectType: IMPORT_AUDIT_OBJECT_TYPES.import,
        objectId: id,
        changes: fieldChanges({ mapping: current.mapping }, { mapping: next.mapping }),
        context,
      });
      return next;
    });
  }
}
