import type { PreparedRow } from './import-repository.js';
import { independentLanes } from './independent-lanes.js';
import type { RecordPlan } from '../rows/row-plan.js';

const record = (overrides: Partial<RecordPlan> = {}): RecordPlan => ({ action: 'create', id: null, name: 'x', changedFields: [], sameAsRow: null, ...overrides });

const row = (rowNumber: number, plan: { organisation?: Partial<RecordPlan>; person?: Partial<RecordPlan>; duplicateOfRow?: number } = {}): PreparedRow => ({
  rowNumber,
  input: {} as PreparedRow['input'],
  plan: {
    rowNumber,
    action: 'create',
    skipReason: null,
    duplicateOfRow: plan.duplicateOfRow ?? null,
    organisation: record(plan.organisation),
    person: plan.person ? record(plan.person) : null,
    link: null,
    errors: [],
  },
});

const numbers = (lanes: PreparedRow[][]) => lanes.map((lane) => lane.map((r) => r.rowNumber));

describe('splitting an import page into lanes that can run side by side', () => {
  it('spreads unrelated rows evenly, each lane in file order', () => {
    const lanes = independentLanes([2, 3, 4, 5, 6, 7].map((n) => row(n)), 2);
    expect(lanes).toHaveLength(2);
    expect(lanes.map((lane) => lane.length)).toEqual([3, 3]);
    for (const lane of numbers(lanes)) expect(lane).toEqual([...lane].sort((a, b) => a - b));
    expect(numbers(lanes).flat().sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('keeps the contact persons of one organisation (same as an earlier row) in that row’s lane', () => {
    const lanes = numbers(independentLanes([row(2), row(3), row(4, { organisation: { sameAsRow: 2 } }), row(5, { organisation: { sameAsRow: 2 } })], 2));
    const laneOf = (n: number) => lanes.findIndex((lane) => lane.includes(n));
    expect(laneOf(4)).toBe(laneOf(2));
    expect(laneOf(5)).toBe(laneOf(2));
  });

  it('keeps rows that update the same existing record, or share a person, together', () => {
    const lanes = numbers(
      independentLanes(
        [
          row(2, { organisation: { action: 'update', id: 'org-a' } }),
          row(3, { person: { id: null } }),
          row(4, { organisation: { action: 'update', id: 'org-a' } }),
          row(5, { person: { sameAsRow: 3 } }),
          row(6, { duplicateOfRow: 5 }),
        ],
        4,
      ),
    );
    const laneOf = (n: number) => lanes.findIndex((lane) => lane.includes(n));
    expect(laneOf(4)).toBe(laneOf(2));
    expect(laneOf(5)).toBe(laneOf(3));
    expect(laneOf(6)).toBe(laneOf(3));
  });

  it('chains ties: a person shared by two organisations puts all their rows in one lane', () => {
    const lanes = numbers(
      independentLanes([row(2, { person: {} }), row(3, { person: {} }), row(4, { organisation: { sameAsRow: 2 }, person: { sameAsRow: 3 } }), row(5)], 3),
    );
    const laneOf = (n: number) => lanes.findIndex((lane) => lane.includes(n));
    expect(new Set([laneOf(2), laneOf(3), laneOf(4)]).size).toBe(1);
  });
});
