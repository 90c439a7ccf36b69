import type { ChangeContext } from '@gemeente-crm/api-kernel';
import { CreateOrganisation, UpdateOrganisation } from '@gemeente-crm/relations-core';
import { CreateLead } from '../leads/create-lead.js';
import { LoseLead, ReopenLead, WinLead } from '../leads/close-lead.js';
import { GetLeadStageHistory } from '../leads/get-lead.js';
import { MoveLead } from '../leads/move-lead.js';
import { GetLeadBoard } from '../leads/search-leads.js';
import { UpdateLead } from '../leads/update-lead.js';
import { CreatePipeline } from '../pipelines/create-pipeline.js';
import { UpdatePipeline } from '../pipelines/update-pipeline.js';
import { RecordingScoreScheduler } from '../scoring/testing/in-memory-scoring-ports.js';
import {
  DirectTransactions,
  FixedClock,
  InMemoryAuditLog,
  InMemoryLeadOptions,
  InMemoryLeadRepository,
  InMemoryOrganisations,
  InMemoryOwners,
  InMemoryPersons,
  InMemoryPipelineRepository,
  InMemoryStageHistory,
  StaticRelationTypes,
} from './in-memory-leads-ports.js';

export const ANNE = 'tenant:anne';

/** All in-memory ports of the leads domain and the relations it uses, with one known owner. */
export function createLeadsTestKit() {
  const owners = new InMemoryOwners();
  owners.known.add(ANNE);
  return {
    leads: new InMemoryLeadRepository(),
    pipelines: new InMemoryPipelineRepository(),
    history: new InMemoryStageHistory(),
    options: new InMemoryLeadOptions(),
    owners,
    organisations: new InMemoryOrganisations(),
    persons: new InMemoryPersons(),
    auditLog: new InMemoryAuditLog(),
    scores: new RecordingScoreScheduler(),
    transactions: new DirectTransactions(),
    clock: new FixedClock(new Date('2026-07-01T09:00:00.000Z')),
  };
}

export type LeadsTestKit = ReturnType<typeof createLeadsTestKit>;

/** The leads use cases wired to the kit, with the real relations use cases they call. */
export function leadsUseCases(kit: LeadsTestKit) {
  const { leads, pipelines, history, options, owners, organisations, persons, auditLog, scores, transactions, clock } = kit;
  const relationTypes = new StaticRelationTypes();
  const createOrganisation = new CreateOrganisation(organisations, relationTypes, transactions, auditLog, clock);
  const updateOrganisation = new UpdateOrganisation(organisations, relationTypes, transactions, auditLog, clock);
  return {
    createPipeline: new CreatePipeline(pipelines, transactions, auditLog, clock),
    updatePipeline: new UpdatePipeline(pipelines, leads, transactions, auditLog, clock),
    createLead: new CreateLead(leads, pipelines, history, options, owners, organisations, persons, createOrganisation, scores, transactions, auditLog, clock),
    updateLead: new UpdateLead(leads, options, owners, organisations, persons, scores, transactions, auditLog, clock),
    moveLead: new MoveLead(leads, pipelines, history, options, owners, organisations, persons, scores, transactions, auditLog, clock),
    winLead: new WinLead(leads, organisations, updateOrganisation, scores, transactions, auditLog, clock),
    loseLead: new LoseLead(leads, options, scores, transactions, auditLog, clock),
    reopenLead: new ReopenLead(leads, scores, transactions, auditLog, clock),
    stageHistory: new GetLeadStageHistory(leads, history),
    board: new GetLeadBoard(pipelines, leads),
  };
}

export function changeBy(id: string = ANNE, reason?: string): ChangeContext {
  const context: ChangeContext = { actor: { id, displayName: 'Anne de Graaf', roles: ['accountmanager'] }, requestId: 'req-1', client: 'web' };
  if (reason !== undefined) context.reason = reason;
  return context;
}
