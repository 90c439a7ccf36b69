import { auditEventHash, canonicalJson, GENESIS_HASH, type ChainedAuditEvent } from './audit-chain.js';

const event: ChainedAuditEvent = {
  id: '1',
  occurredAt: new Date('2026-11-25T10:00:00.000Z'),
  actorId: 'tenant:user',
  actorName: 'Anna de Vries',
  action: 'update',
  objectType: 'organisation',
  objectId: 'b7d8',
  changes: { name: { old: 'A', new: 'B' }, city: { old: 'Oss', new: 'Vught' } },
  reason: 'Naam gecorrigeerd',
  requestId: 'req-1',
  client: 'web',
  previousHash: GENESIS_HASH,
};

describe('audit hash chain', () => {
  it('hashes the same event the same way whatever the key order of its changes', () => {
    const reordered = { ...event, changes: { city: { new: 'Vught', old: 'Oss' }, name: { new: 'B', old: 'A' } } };
    expect(auditEventHash(reordered)).toBe(auditEventHash(event));
  });

  it('gives a different hash when any recorded fact is altered', () => {
    const original = auditEventHash(event);
    expect(auditEventHash({ ...event, reason: 'Iets anders' })).not.toBe(original);
    expect(auditEventHash({ ...event, actorId: 'tenant:other' })).not.toBe(original);
    expect(auditEventHash({ ...event, previousHash: 'f'.repeat(64) })).not.toBe(original);
    expect(auditEventHash({ ...event, changes: { name: { old: 'A', new: 'C' } } })).not.toBe(original);
  });

  it('writes canonical JSON with sorted keys and no undefined members', () => {
    expect(canonicalJson({ b: 1, a: [{ d: undefined, c: 'x' }] })).toBe('{"a":[{"c":"x"}],"b":1}');
  });
});
