import { UseCase } from '@gemeente-crm/relations-core';
import type { LeadOption, LeadOptionKind } from './lead-option.js';
import { LeadOptionRepository } from './lead-option-repository.js';

@UseCase()
export class ListLeadOptions {
  constructor(private readonly options: LeadOptionRepository) {}

  async execute(kind: LeadOptionKind, includeInactive = false): Promise<LeadOption[]> {
    const all = await this.options.list(kind);
    return includeInactive ? all : all.filter((option) => option.active);
  }
}
