import { delayAfter } from './backoff';

describe('backoff', () => {
  const backoff = { initialDelayMs: 100, maxDelayMs: 1_000 };

  it('doubles the pause after each failure in a row', () => {
    expect([1, 2, 3, 4].map((failures) => delayAfter(failures, backoff))).toEqual([100, 200, 400, 800]);
  });

  it('never waits longer than the cap, however long the failures go on', () => {
    expect(delayAfter(5, backoff)).toBe(1_000);
    expect(delayAfter(5_000, backoff)).toBe(1_000);
  });
});
