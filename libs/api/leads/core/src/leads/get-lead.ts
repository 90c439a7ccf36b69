import { UseCase } from '@gemeente-crm/relations-core';
import type { Lead } from './lead.js';
import { leadNotFound } from './lead-errors.js';
import { LeadRepository } from './lead-repository.js';
import { type StageChange, StageHistoryRepository } from './stage-history.js';

@UseCase()
export class GetLead {
  constructor(private readonly leads: LeadRepository) {}

  /** @throws NotFoundError `lead.not-found` */
  async execute(id: string): Promise<Lead> {
    const lead = await this.leads.findById(id);
    if (!lead) throw leadNotFound();
    return lead;
  }
}

@UseCase()
export class GetLeadStageHistory {
  constructor(
    private readonly leads: LeadRepository,
    private readonly history: StageHistoryRepository,
  ) {}

  /** The lead's stage changes, oldest first. @throws NotFoundError `lead.not-found` */
  async execute(id: string): Promise<StageChange[]> {
    if (!(await this.leads.findById(id))) throw leadNotFound();
    return this.history.forLead(id);
  }
}
