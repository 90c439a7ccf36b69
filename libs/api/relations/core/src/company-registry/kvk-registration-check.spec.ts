import type { KvkRegistrationStatus } from '../organisations/organisation.js';
import { createRelationsTestKit, type RelationsTestKit } from '../testing/relations-test-kit.js';
import { CheckKvkRegistrations, type KvkCheckCandidate, KvkRegistrationChecks, KVK_CHECK_REASON } from './kvk-registration-check.js';
import { bakeryProfile } from './testing/company-profiles.js';
import { InMemoryCompanyRegistry } from './testing/in-memory-company-registry.js';

/** The check's own store, in memory: due = never checked first, then the longest ago. */
class InMemoryKvkChecks extends KvkRegistrationChecks {
  readonly rows: (KvkCheckCandidate & { checkedAt: Date | null })[] = [];

  async due(limit: number): Promise<KvkCheckCandidate[]> {
    return [...this.rows]
      .sort((a, b) => (a.checkedAt?.getTime() ?? -1) - (b.checkedAt?.getTime() ?? -1))
      .slice(0, limit)
      .map(({ id, kvkNumber, kvkStatus }) => ({ id, kvkNumber, kvkStatus }));
  }

  async record(id: string, status: KvkRegistrationStatus, checkedAt: Date): Promise<void> {
    const row = this.rows.find((candidate) => candidate.id === id)!;
    row.kvkStatus = status;
    row.checkedAt = checkedAt;
  }
}

describe('checking whether organisations are still registered at KvK', () => {
  let kit: RelationsTestKit;
  let registry: InMemoryCompanyRegistry;
  let checks: InMemoryKvkChecks;
  let check: CheckKvkRegistrations;

  beforeEach(() => {
    kit = createRelationsTestKit();
    registry = new InMemoryCompanyRegistry()
      .add(bakeryProfile({ kvkNumber: '11111111', active: true }))
      .add(bakeryProfile({ kvkNumber: '22222222', active: false }));
    checks = new InMemoryKvkChecks();
    checks.rows.push(
      { id: 'a', kvkNumber: '11111111', kvkStatus: null, checkedAt: null },
      { id: 'b', kvkNumber: '22222222', kvkStatus: null, checkedAt: null },
      { id: 'c', kvkNumber: '33333333', kvkStatus: null, checkedAt: null },
    );
    check = new CheckKvkRegistrations(registry, checks, kit.transactions, kit.auditLog, kit.clock);
  });

  it('marks registered, deregistered and unknown numbers and audits the changes as "KvK-controle"', async () => {
    expect(await check.execute()).toEqual({ checked: 3, flagged: 2, interrupted: false });
    expect(checks.rows.map((row) => row.kvkStatus)).toEqual(['ingeschreven', 'uitgeschreven', 'onbekend']);
    expect(kit.auditLog.entries.map((entry) => [entry.objectId, entry.changes, entry.context.reason])).toEqual([
      ['a', { kvkStatus: { old: null, new: 'ingeschreven' } }, KVK_CHECK_REASON],
      ['b', { kvkStatus: { old: null, new: 'uitgeschreven' } }, KVK_CHECK_REASON],
      ['c', { kvkStatus: { old: null, new: 'onbekend' } }, KVK_CHECK_REASON],
    ]);
  });

  it('audits nothing when the status stays the same', async () => {
    await check.execute();
    const audited = kit.auditLog.entries.length;
    expect(await check.execute()).toEqual({ checked: 3, flagged: 0, interrupted: false });
    expect(kit.auditLog.entries).toHaveLength(audited);
  });

  it('stops when the register is unavailable, leaving the rest for the next run', async () => {
    registry.unavailable = true;
    expect(await check.execute()).toEqual({ checked: 0, flagged: 0, interrupted: true });
    expect(checks.rows.every((row) => row.checkedAt === null)).toBe(true);
  });
});
