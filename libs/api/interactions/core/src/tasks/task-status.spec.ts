import { canMoveTask, transitionNeedsReason } from './task-status.js';

describe('task statuses', () => {
  it.each([
    ['open', 'bezig', true],
    ['bezig', 'afgerond', true],
    ['open', 'afgerond', true],
    ['open', 'vervallen', true],
    ['bezig', 'vervallen', true],
    ['bezig', 'open', true],
    ['afgerond', 'open', true],
    ['vervallen', 'bezig', true],
    ['afgerond', 'vervallen', false],
    ['vervallen', 'afgerond', false],
  ] as const)('%s → %s allowed: %s', (from, to, allowed) => {
    expect(canMoveTask(from, to)).toBe(allowed);
  });

  it('asks a reason for dropping a task and for reopening a closed one, not for normal progress', () => {
    expect(transitionNeedsReason('open', 'vervallen')).toBe(true);
    expect(transitionNeedsReason('afgerond', 'open')).toBe(true);
    expect(transitionNeedsReason('open', 'bezig')).toBe(false);
    expect(transitionNeedsReason('bezig', 'afgerond')).toBe(false);
  });
});
