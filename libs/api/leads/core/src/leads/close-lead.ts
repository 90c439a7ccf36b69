import { AuditLog, type ChangeContext, Clock, StaleVersionError, TransactionManager, ValidationError } from '@gemeente-crm/api-kernel';
import {
  auditedChanges,
  optionalText,
  OrganisationRepository,
  requireReason,
  UpdateOrganisation,
  UseCase,
} from '@gemeente-crm/relations-core';
import { LeadOptionRepository } from '../options/lead-option-repository.js';
import { LeadScoreScheduler } from '../scoring/scoring-ports.js';
import { LEAD_AUDIT_OBJECT_TYPES } from '../shared/audit-object-types.js';
import { updateIfUnchanged } from '../shared/conditional-update.js';
import type { Lead, LeadWin } from './lead.js';
import { leadClosed, leadNotClosed, leadNotFound } from './lead-errors.js';
import { MAX_VALUE_CENTS } from './lead-input.js';
import { LeadRepository } from './lead-repository.js';

export const MAX_WIN_DESCRIPTION_LENGTH = 500;

/** Relation types that already mean "we do business with them"; a won lead adds `klant` otherwise. */
export const CUSTOMER_RELATION_TYPES = ['klant', 'partner'] as const;

export interface WinLeadInput {
  description: string;
  valueCents?: number | null;
}

export interface LoseLeadInput {
  reasonCode: string;
}

/**
 * Shared steps of the outcome use cases: read, check the version, write and audit, and ask for
 * the score to be recomputed after commit: a closed lead then loses its score (only open leads
 * are scored), a reopened one gets one again.
 */
abstract class LeadOutcome {
  constructor(
    protected readonly leads: LeadRepository,
    protected readonly scores: LeadScoreScheduler,
    protected readonly transactions: TransactionManager,
    protected readonly auditLog: AuditLog,
    protected readonly clock: Clock,
  ) {}

  protected async load(id: string, expectedVersion: number): Promise<Lead> {
    const current = await this.leads.findById(id);
    if (!current) throw leadNotFound();
    if (current.version !== expectedVersion) throw new StaleVersionError(current.version);
    return current;
  }

  protected async save(current: Lead, next: Omit<Lead, 'version' | 'updatedAt'>, expectedVersion: number, context: ChangeContext): Promise<Lead> {
    const changes = auditedChanges(current, next);
    const saved: Lead = { ...next, version: current.version + 1, updatedAt: this.clock.now() };
    await updateIfUnchanged(this.leads, saved, expectedVersion);
    await this.auditLog.record({ action: 'update', objectType: LEAD_AUDIT_OBJECT_TYPES.lead, objectId: current.id, changes, context });
    await this.scores.rescoreLead(current.id);
    return saved;
  }
}

/**
 * Marks an open lead won (converted): records what was won, and makes its organisation a
 * customer through the relations domain — a prospect becomes `actief`, and it gets relation type
 * `klant` unless it already is a customer or partner. A person's record has no status to change.
 */
@UseCase()
export class WinLead extends LeadOutcome {
  constructor(
    leads: LeadRepository,
    private readonly organisations: OrganisationRepository,
    private readonly updateOrganisation: UpdateOrganisation,
    scores: LeadScoreScheduler,
    transactions: TransactionManager,
    auditLog: AuditLog,
    clock: Clock,
  ) {
    super(leads, scores, transactions, auditLog, clock);
  }

  /** @throws ValidationError on description/value; ConflictError `lead.closed`; NotFoundError; StaleVersionError */
  async execute(id: string, input: WinLeadInput, expectedVersion: number, context: ChangeContext): Promise<Lead> {
    const won = checkWin(input);
    return this.transactions.run(async () => {
      const current = await this.load(id, expectedVersion);
      if (current.status !== 'open') throw leadClosed();
      const saved = await this.save(current, { ...current, status: 'won', won, lostReasonCode: null, closedAt: this.clock.now() }, expectedVersion, context);
      if (current.relation.objectType === 'organisation') await this.makeCustomer(current.relation.objectId, context);
      return saved;
    });
  }

  private async makeCustomer(organisationId: string, context: ChangeContext): Promise<void> {
    const organisation = await this.organisations.findById(organisationId);
    // An archived relation stays as it is: the win is still recorded on the lead.
    if (!organisation || organisation.archivedAt) return;
    const isCustomer = organisation.relationTypes.some((type) => (CUSTOMER_RELATION_TYPES as readonly string[]).includes(type));
    const patch = {
      ...(organisation.status === 'prospect' ? { status: 'actief' } : {}),
      ...(isCustomer ? {} : { relationTypes: [...organisation.relationTypes, 'klant'] }),
    };
    if (Object.keys(patch).length === 0) return;
    await this.updateOrganisation.execute(organisationId, patch, organisation.version, { ...context, reason: context.reason ?? 'Lead gewonnen' });
  }
}

/** Marks an open lead lost, with a reason from the configurable list (required). */
@UseCase()
export class LoseLead extends LeadOutcome {
  constructor(
    leads: LeadRepository,
    private readonly options: LeadOptionRepository,
    scores: LeadScoreScheduler,
    transactions: TransactionManager,
    auditLog: AuditLog,
    clock: Clock,
  ) {
    super(leads, scores, transactions, auditLog, clock);
  }

  /** @throws ValidationError `reasonCode.required` / `lost-reason.unknown`; ConflictError `lead.closed` */
  async execute(id: string, input: LoseLeadInput, expectedVersion: number, context: ChangeContext): Promise<Lead> {
    const reasonCode = optionalText(input.reasonCode)?.toLowerCase();
    if (!reasonCode) throw new ValidationError([{ field: 'reasonCode', code: 'reasonCode.required', message: 'Kies waarom de lead verloren is.' }]);
    return this.transactions.run(async () => {
      const reason = await this.options.find('lost-reason', reasonCode);
      if (!reason || !reason.active) throw new ValidationError([{ field: 'reasonCode', code: 'lost-reason.unknown', message: 'Kies een reden uit de lijst.' }]);
      const current = await this.load(id, expectedVersion);
      if (current.status !== 'open') throw leadClosed();
      const reasonContext = { ...context, reason: context.reason ?? reason.label };
      return this.save(current, { ...current, status: 'lost', won: null, lostReasonCode: reasonCode, closedAt: this.clock.now() }, expectedVersion, reasonContext);
    });
  }
}

/** Reopens a won or lost lead in the stage it was in; the reason is required and audited. */
@UseCase()
export class ReopenLead extends LeadOutcome {
  // Declared so the decorator records the parameter types for injection.
  constructor(leads: LeadRepository, scores: LeadScoreScheduler, transactions: TransactionManager, auditLog: AuditLog, clock: Clock) {
    super(leads, scores, transactions, auditLog, clock);
  }

  /** @throws ValidationError `reason.required`; ConflictError `lead.not-closed` */
  async execute(id: string, expectedVersion: number, context: ChangeContext): Promise<Lead> {
    const reason = requireReason(context);
    return this.transactions.run(async () => {
      const current = await this.load(id, expectedVersion);
      if (current.status === 'open') throw leadNotClosed();
      return this.save(current, { ...current, status: 'open', won: null, lostReasonCode: null, closedAt: null }, expectedVersion, { ...context, reason });
    });
  }
}

function checkWin(input: WinLeadInput): LeadWin {
  const description = optionalText(input.description)?.replace(/\s+/g, ' ') ?? '';
  const errors = [];
  if (!description) errors.push({ field: 'description', code: 'description.required', message: 'Beschrijf wat er gewonnen is.' });
  else if (description.length > MAX_WIN_DESCRIPTION_LENGTH) {
    errors.push({ field: 'description', code: 'description.too-long', message: `De omschrijving mag hoogstens ${MAX_WIN_DESCRIPTION_LENGTH} tekens lang zijn.` });
  }
  const valueCents = input.valueCents ?? null;
  if (valueCents !== null && (!Number.isSafeInteger(valueCents) || valueCents < 0 || valueCents > MAX_VALUE_CENTS)) {
    errors.push({ field: 'valueCents', code: 'value.invalid', message: 'Vul een bedrag van 0 euro of meer in (hele centen).' });
  }
  if (errors.length > 0) throw new ValidationError(errors);
  return { description, valueCents };
}
