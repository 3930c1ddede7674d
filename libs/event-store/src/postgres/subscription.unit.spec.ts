import { START } from '../port/position';
import type { SettledBatch } from './log-reader';
import { PostgresSubscription, type SubscriptionSource } from './subscription';

/**
 * A log whose committed events stay held back by an older transaction for `heldReads` reads, as when
 * another database on the same server keeps a long transaction open. Records when each read happened.
 */
const heldBackLog = (heldReads: number) => {
  const readAt: number[] = [];
  const source: SubscriptionSource = {
    readSettled: async (after): Promise<SettledBatch> => {
      readAt.push(Date.now());
      return { events: [], checkpoint: after, horizon: 1n, heldBack: readAt.length <= heldReads };
    },
    frontier: async () => 1n,
    loadCheckpoint: async () => undefined,
    saveCheckpoint: async () => undefined,
    onCommit: async () => async () => undefined,
  };
  return { source, readAt };
};

describe('a subscription whose events are held back by an older transaction', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('looks again soon, backing off to once a second however long its poll', async () => {
    const { source, readAt } = heldBackLog(40);
    const timing = { batchSize: 100, pollIntervalMs: 60_000, gatherMs: 0 };
    const subscription = new PostgresSubscription(
      source,
      { handle: async () => {} },
      timing,
      START,
      () => {},
    );

    await jest.advanceTimersByTimeAsync(60_000);
    const gaps = readAt.slice(1).map((at, i) => at - readAt[i]!);
    expect(gaps.slice(0, 4)).toEqual([5, 10, 20, 40]);
    expect(Math.max(...gaps)).toBe(1_000);
    // Once nothing is held back, the long poll applies again.
    expect(readAt).toHaveLength(41);
    await subscription.stop();
  });

  it('never looks again later than its poll, when the poll is short', async () => {
    const { source, readAt } = heldBackLog(40);
    const timing = { batchSize: 100, pollIntervalMs: 50, gatherMs: 0 };
    const subscription = new PostgresSubscription(
      source,
      { handle: async () => {} },
      timing,
      START,
      () => {},
    );

    await jest.advanceTimersByTimeAsync(1_000);
    const gaps = readAt.slice(1).map((at, i) => at - readAt[i]!);
    expect(Math.max(...gaps)).toBe(50);
    await subscription.stop();
  });
});
