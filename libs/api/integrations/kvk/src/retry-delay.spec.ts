import { backoffDelay, retryAfterDelay } from './retry-delay.js';

describe('retry delays', () => {
  it('doubles with each attempt, half of it random', () => {
    expect([0, 1, 2].map((attempt) => backoffDelay(attempt, 200, () => 0))).toEqual([100, 200, 400]);
    expect([0, 1, 2].map((attempt) => backoffDelay(attempt, 200, () => 1))).toEqual([200, 400, 800]);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-03-02T10:00:00Z');
    expect(retryAfterDelay('3', now)).toBe(3000);
    expect(retryAfterDelay('Mon, 02 Mar 2026 10:00:05 GMT', now)).toBe(5000);
    expect(retryAfterDelay('Mon, 02 Mar 2026 09:00:00 GMT', now)).toBe(0);
    expect(retryAfterDelay(null, now)).toBeNull();
    expect(retryAfterDelay('soon', now)).toBeNull();
  });
});
