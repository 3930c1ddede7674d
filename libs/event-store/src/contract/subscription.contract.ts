import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '../port/event-store';
import {
  amended,
  collector,
  eventually,
  motionStream,
  ofStream,
  tabled,
  type ContractSuite,
} from './contract-backend';

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

export const subscriptionContract = (suite: ContractSuite): void => {
  describe('subscribing', () => {
    it('catches up from a position, then receives new events live', async () => {
      const stream = motionStream();
      const before = await suite.store.head();
      await suite.store.append(stream, [tabled('Catch-up'), amended('1')], 'no-stream');
      const { seen, handle } = collector();
      const subscription = suite.store.subscribe({ from: before, handle, batchSize: 1 });
      await subscription.caughtUp();
      expect(ofStream(seen, stream).map((event) => event.streamPosition)).toEqual([1, 2]);
      await suite.store.append(stream, [amended('2'), amended('3')], 2);
      await eventually(() => ofStream(seen, stream).length === 4);
      expect(ofStream(seen, stream).map((event) => event.streamPosition)).toEqual([1, 2, 3, 4]);
      expect(subscription.position).toBe(seen.at(-1)!.position);
      await subscription.stop();
    });

    it('resolves caughtUp once everything committed before the call is handled', async () => {
      const before = await suite.store.head();
      const streams = [motionStream(), motionStream(), motionStream()];
      for (const stream of streams) await suite.store.append(stream, [tabled(stream)], 'no-stream');
      const { seen, handle } = collector();
      const subscription = suite.store.subscribe({ from: before, handle, batchSize: 2 });
      await subscription.caughtUp();
      expect(streams.map((stream) => ofStream(seen, stream).length)).toEqual([1, 1, 1]);
      await subscription.caughtUp();
      await subscription.stop();
    });

    it('resumes a durable subscription from the checkpoint it stored', async () => {
      const name = `contract-${randomUUID()}`;
      const stream = motionStream();
      const before = await suite.store.head();
      await suite.store.append(stream, [tabled('Durable'), amended('1')], 'no-stream');
      const first = collector();
      const running = suite.store.subscribe({ name, from: before, handle: first.handle });
      await running.caughtUp();
      await running.stop();
      expect(ofStream(first.seen, stream)).toHaveLength(2);

      await suite.store.append(stream, [amended('2')], 2);
      const second = collector();
      const resumed = suite.store.subscribe({ name, from: before, handle: second.handle });
      await resumed.caughtUp();
      await resumed.stop();
      expect(ofStream(second.seen, stream).map((event) => event.streamPosition)).toEqual([3]);
      expect(second.seen.every((event) => event.position > running.position)).toBe(true);
    });

    it('hands a batch whose handler threw to the handler again, and reports the error', async () => {
      const stream = motionStream();
      const before = await suite.store.head();
      await suite.store.append(stream, [tabled('Retry'), amended('1')], 'no-stream');
      const batches: string[][] = [];
      const errors: [unknown, readonly RecordedEvent[]][] = [];
      const subscription = suite.store.subscribe({
        from: before,
        handle: async (events) => {
          batches.push(events.map((event) => event.eventId));
          if (batches.length === 1) throw new Error('the read model is unavailable');
        },
        onError: (error, events) => errors.push([error, events]),
      });
      await subscription.caughtUp();
      await subscription.stop();
      expect(batches.length).toBeGreaterThanOrEqual(2);
      expect(batches[1]).toEqual(batches[0]);
      expect(errors).toHaveLength(1);
      expect(String(errors[0]![0])).toMatch(/unavailable/);
      expect(errors[0]![1].map((event) => event.eventId)).toEqual(batches[0]);
    });

    it('stops cleanly: no delivery afterwards, and caughtUp refuses', async () => {
      const { seen, handle } = collector();
      const subscription = suite.store.subscribe({ from: await suite.store.head(), handle });
      await subscription.caughtUp();
      await subscription.stop();
      await subscription.stop();
      const stream = motionStream();
      await suite.store.append(stream, [tabled('After stop')], 'no-stream');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(ofStream(seen, stream)).toEqual([]);
      await expect(subscription.caughtUp()).rejects.toThrow(/stopped/);
    });

    // A correctness check of the commit notice, not a benchmark: with a five-second poll, only the
    // notice can deliver within 100 ms.
    it('delivers a new event to a live subscriber within 100 ms of its commit', async () => {
      const store = suite.backend.openStore({ pollIntervalMs: 5000 });
      const arrivals = new Map<string, number>();
      const subscription = store.subscribe({
        from: await store.head(),
        handle: async (events) => events.forEach((event) => arrivals.set(event.eventId, performance.now())),
      });
      await subscription.caughtUp();
      const latencies: number[] = [];
      for (let sample = 0; sample < 10; sample++) {
        const event = tabled(`sample ${sample}`);
        await store.append(motionStream(), [event], 'no-stream');
        const committed = performance.now();
        await eventually(() => arrivals.has(event.eventId), 4000);
        latencies.push(Math.max(0, arrivals.get(event.eventId)! - committed));
      }
      await subscription.stop();
      expect(median(latencies)).toBeLessThan(100);
    });
  });
};
