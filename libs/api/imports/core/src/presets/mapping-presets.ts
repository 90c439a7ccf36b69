import { randomUUID } from 'node:crypto';
import { AuditLog, type ChangeContext, Clock, fieldChanges, TransactionManager, ValidationError } from '@gemeente-crm/api-kernel';
import { UseCase } from '@gemeente-crm/relations-core';
import { presetNotFound } from '../imports/import-errors.js';
import { IMPORT_AUDIT_OBJECT_TYPES } from '../imports/relation-import.js';
import { type ColumnMapping } from '../mapping/column-mapping.js';
import { isImportField } from '../mapping/import-fields.js';
import { MappingPreset, MappingPresetRepository, MAX_PRESET_NAME_LENGTH } from './mapping-preset.js';

@UseCase()
export class ListMappingPresets {
  constructor(private readonly presets: MappingPresetRepository) {}

  execute(): Promise<MappingPreset[]> {
    return this.presets.list();
  }
}

@UseCase()
export class SaveMappingPreset {
  constructor(
    private readonly presets: MappingPresetRepository,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  /** Creates the preset, or replaces the mapping of the preset with the same name. */
  async execute(input: { name: string; mapping: Record<string, string> }, context: ChangeContext): Promise<MappingPreset> {
    const name = input.name.trim().replace(/\s+/g, ' ');
    const errors = [];
    if (!name) errors.push({ field: 'name', code: 'name.required', message: 'Geef de koppeling een naam.' });
    if (name.length > MAX_PRESET_NAME_LENGTH) errors.push({ field: 'name', code: 'name.too-long', message: `Een naam mag hoogstens ${MAX_PRESET_NAME_LENGTH} tekens lang zijn.` });
    const mapping: ColumnMapping = {};
    for (const [column, field] of Object.entries(input.mapping)) {
      if (isImportField(field)) mapping[column] = field;
      else errors.push({ field: `mapping.${column}`, code: 'mapping.unknown-field', message: `Onbekend veld "${field}".` });
    }
    if (Object.keys(mapping).length === 0) errors.push({ field: 'mapping', code: 'mapping.empty', message: 'Koppel ten minste één kolom.' });
    if (errors.length > 0) throw new ValidationError(errors);
    return this.transactions.run(async () => {
      const now = this.clock.now();
      const existing = await this.presets.findByName(name);
      if (existing) {
        const next = { ...existing, mapping, updatedAt: now };
        await this.presets.update(next);
        await this.audit('update', next.id, fieldChanges({ mapping: existing.mapping }, { mapping }), context);
        return next;
      }
      const preset: MappingPreset = { id: randomUUID(), name, mapping, createdAt: now, updatedAt: now };
      await this.presets.insert(preset);
      await this.audit('create', preset.id, fieldChanges(null, { name, mapping }), context);
      return preset;
    });
  }

  private audit(action: 'create' | 'update', id: string, changes: ReturnType<typeof fieldChanges>, context: ChangeContext) {
    return this.auditLog.record({ action, objectType: IMPORT_AUDIT_OBJECT_TYPES.mappingPreset, objectId: id, changes, context });
  }
}

@UseCase()
export class DeleteMappingPreset {
  constructor(
    private readonly presets: MappingPresetRepository,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
  ) {}

  async execute(id: string, context: ChangeContext): Promise<void> {
    await this.transactions.run(async () => {
      const preset = await this.presets.findById(id);
      if (!preset) throw presetNotFound();
      await this.presets.delete(id);
      await this.auditLog.record({
        action: 'delete',
        objectType: IMPORT_AUDIT_OBJECT_TYPES.mappingPreset,
        objectId: id,
        changes: fieldChanges({ name: preset.name, mapping: preset.mapping }, null),
        context,
      });
    });
  }
}
