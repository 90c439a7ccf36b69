import type { Page, PageRequest } from '@gemeente-crm/api-kernel';
import { DuplicateFinder, UseCase } from '@gemeente-crm/relations-core';
import type { PossibleDuplicate, RowPlan } from '../rows/row-plan.js';
import { importNotFound } from './import-errors.js';
import { ImportRepository, type PreviewQuery } from './import-repository.js';
import type { ImportProgress, RelationImport } from './relation-import.js';

export interface ImportWithProgress {
  relationImport: RelationImport;
  progress: ImportProgress;
}

@UseCase()
export class GetImport {
  constructor(private readonly imports: ImportRepository) {}

  async execute(id: string): Promise<ImportWithProgress> {
    const relationImport = await this.imports.findById(id);
    if (!relationImport) throw importNotFound();
    return { relationImport, progress: await this.imports.progress(id) };
  }
}

@UseCase()
export class ListImports {
  constructor(private readonly imports: ImportRepository) {}

  async execute(page: PageRequest): Promise<Page<ImportWithProgress>> {
    const result = await this.imports.list(page);
    const items = await Promise.all(result.items.map(async (relationImport) => ({ relationImport, progress: await this.imports.progress(relationImport.id) })));
    return { ...result, items };
  }
}

export type RowPlanWithDuplicates = RowPlan & { possibleDuplicates: PossibleDuplicate[] };

/** How many candidates a row shows per record. */
const CANDIDATES_PER_RECORD = 3;

@UseCase()
export class GetImportRows {
  constructor(
    private readonly imports: ImportRepository,
    private readonly duplicates: DuplicateFinder,
  ) {}

  /**
   * A page of the dry run. Likely duplicates (similar name, same postcode…) are looked up for
   * the records a row would create, per page shown: for every row of a big file that would
   * take minutes, and nobody reads 100 000 suggestions.
   */
  async execute(id: string, query: PreviewQuery): Promise<Page<RowPlanWithDuplicates>> {
    const relationImport = await this.imports.findById(id);
    if (!relationImport) throw importNotFound();
    const page = await this.imports.previewPage(id, query);
    const items = await Promise.all(page.items.map((plan) => this.withDuplicates(plan, relationImport)));
    return { ...page, items };
  }

  private async withDuplicates(plan: RowPlan, relationImport: RelationImport): Promise<RowPlanWithDuplicates> {
    const possibleDuplicates: PossibleDuplicate[] = [];
    const input = plan.organisation?.action === 'create' || plan.person?.action === 'create' ? await this.inputOf(relationImport.id, plan.rowNumber) : null;
    if (input?.organisation && plan.organisation?.action === 'create' && plan.organisation.sameAsRow === null) {
      const candidates = await this.duplicates.organisationCandidates(
        {
          name: input.organisation.name,
          postcode: input.organisation.visitingAddress?.postcode ?? null,
          kvkNumber: input.organisation.kvkNumber ?? null,
          vestigingsnummer: input.organisation.vestigingsnummer ?? null,
        },
        CANDIDATES_PER_RECORD,
      );
      possibleDuplicates.push(...candidates.map((candidate) => ({ kind: 'organisation' as const, candidate })));
    }
    if (input?.person && plan.person?.action === 'create' && plan.person.sameAsRow === null) {
      const candidates = await this.duplicates.personCandidates(
        { email: input.person.email ?? null, firstName: input.person.voornaam ?? null, lastName: input.person.achternaam },
        CANDIDATES_PER_RECORD,
      );
      possibleDuplicates.push(...candidates.map((candidate) => ({ kind: 'person' as const, candidate })));
    }
    return { ...plan, possibleDuplicates };
  }

  private async inputOf(importId: string, rowNumber: number) {
    const [row] = await this.imports.preparedRows(importId, rowNumber - 1, 1, false);
    return row?.rowNumber === rowNumber ? row.input : null;
  }
}
