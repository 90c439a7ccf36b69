import { AuditLog, Clock, SYSTEM_ACTOR, TransactionManager, UnavailableError } from '@gemeente-crm/api-kernel';
import type { KvkRegistrationStatus } from '../organisations/organisation.js';
import { RELATION_AUDIT_OBJECT_TYPES } from '../shared/audit-object-types.js';
import { UseCase } from '../shared/use-case.js';
import { CompanyRegistry } from './company-registry.js';

/** How many organisations one run asks the register about by default: polite to KvK's API. */
export const DEFAULT_KVK_CHECK_BATCH = 200;

/** The reason every change by the check carries in the audit trail. */
export const KVK_CHECK_REASON = 'KvK-controle';

/** An organisation due for a check. */
export interface KvkCheckCandidate {
  id: string;
  kvkNumber: string;
  kvkStatus: KvkRegistrationStatus | null;
}

/** Where the check reads its work and writes its findings. */
export abstract class KvkRegistrationChecks {
  /** Active organisations with a KvK number, never-checked first, then the longest ago. */
  abstract due(limit: number): Promise<KvkCheckCandidate[]>;

  /**
   * Stores the finding without a new version: it is the register's fact, not an edit, and
   * must not make staff who have the organisation open get a 412.
   */
  abstract record(id: string, status: KvkRegistrationStatus, checkedAt: Date): Promise<void>;
}

export interface KvkCheckResult {
  checked: number;
  /** Organisations whose status changed to 'uitgeschreven' or 'onbekend' in this run. */
  flagged: number;
  /** True when the register became unavailable and the run stopped early. */
  interrupted: boolean;
}

/**
 * The periodic "no longer registered" check (R12): asks the company register about a batch
 * of organisations, oldest check first, and stores what it says. Deregistered (uitgeschreven)
 * and unknown numbers become a warning for staff; nothing is archived automatically. A status
 * change is audited with the reason "KvK-controle".
 */
@UseCase()
export class CheckKvkRegistrations {
  constructor(
    private readonly registry: CompanyRegistry,
    private readonly checks: KvkRegistrationChecks,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  async execute(limit = DEFAULT_KVK_CHECK_BATCH): Promise<KvkCheckResult> {
    const due = await this.checks.due(limit);
    let checked = 0;
    let flagged = 0;
    for (const organisation of due) {
      let status: KvkRegistrationStatus;
      try {
        const profile = await this.registry.profile(organisation.kvkNumber);
        status = !profile ? 'onbekend' : profile.active ? 'ingeschreven' : 'uitgeschreven';
      } catch (error) {
        // The register is down or refusing: stop, and let the next run start where this one did.
        if (error instanceof UnavailableError) return { checked, flagged, interrupted: true };
        throw error;
      }
      await this.transactions.run(async () => {
        await this.checks.record(organisation.id, status, this.clock.now());
        if (status === organisation.kvkStatus) return;
        await this.auditLog.record({
          action: 'update',
          objectType: RELATION_AUDIT_OBJECT_TYPES.organisation,
          objectId: organisation.id,
          changes: { kvkStatus: { old: organisation.kvkStatus, new: status } },
          context: { actor: SYSTEM_ACTOR, reason: KVK_CHECK_REASON, client: 'kvk-controle' },
        });
      });
      checked += 1;
      if (status !== 'ingeschreven' && status !== organisation.kvkStatus) flagged += 1;
    }
    return { checked, flagged, interrupted: false };
  }
}
