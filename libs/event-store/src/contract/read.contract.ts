import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '../port/event-store';
import { PositionOutOfRange } from '../port/errors';
import { comparePositions, START, type Position } from '../port/position';
import {
  amended,
  metadata,
  motionStream,
  tabled,
  untilSettled,
  type ContractSuite,
} from './contract-backend';

export const readContract = (suite: ContractSuite): void => {
  describe('reading', () => {
    it('reads a stream forwards from a version, at most maxCount events', async () => {
      const stream = motionStream();
      await suite.store.append(
        stream,
        [tabled('Markets'), ...['a', 'b', 'c', 'd'].map((text) => amended(text))],
        'no-stream',
      );
      const page = await suite.store.readStream(stream, { fromVersion: 2, maxCount: 2 });
      expect(page.map((event) => [event.streamPosition, event.data])).toEqual([
        [2, { text: 'a' }],
        [3, { text: 'b' }],
      ]);
      expect(await suite.store.readStream(stream, { fromVersion: 5 })).toHaveLength(1);
      expect(await suite.store.readStream(stream, { fromVersion: 6 })).toEqual([]);
    });

    it('reads a stream that was never written as empty', async () => {
      expect(await suite.store.readStream(motionStream())).toEqual([]);
    });

    it('reads the whole log in commit order, after an exclusive checkpoint, in batches', async () => {
      // A settled marker, not head(): head() may still lag behind an earlier test's last commit.
      const marker = await suite.store.append(motionStream(), [tabled('marker')], 'no-stream');
      await untilSettled(suite.store, marker.position);
      const before = marker.position;
      const [a, b] = [motionStream(), motionStream()];
      await suite.store.append(a, [tabled('A')], 'no-stream');
      await suite.store.append(b, [tabled('B'), amended('B2')], 'no-stream');
      await untilSettled(suite.store, (await suite.store.append(a, [amended('A2')], 1)).position);

      const first = await suite.store.readAll({ after: before, maxCount: 3 });
      expect(first.events.map((event) => [event.streamName, event.streamPosition])).toEqual([
        [a, 1],
        [b, 1],
        [b, 2],
      ]);
      expect(first.checkpoint).toBe(first.events[2]!.position);
      const second = await suite.store.readAll({ after: first.checkpoint, maxCount: 3 });
      expect(second.events.map((event) => [event.streamName, event.streamPosition])).toEqual([[a, 2]]);
      const drained = await suite.store.readAll({ after: second.checkpoint });
      expect(drained).toEqual({ events: [], checkpoint: second.checkpoint });

      const positions = [...first.events, ...second.events].map((event) => event.position);
      expect([...positions].sort(comparePositions)).toEqual(positions);
      expect(new Set(positions).size).toBe(4);
      expect(comparePositions(before, positions[0]!)).toBeLessThan(0);
    });

    it('reads from the start of the log', async () => {
      const all = await suite.store.readAll({ after: START, maxCount: 1 });
      expect(all.events).toHaveLength(1);
    });

    it('refuses a position it did not hand out', async () => {
      for (const after of ['nonsense', '12:34', `x${(await suite.store.head()).slice(1)}`])
        await expect(suite.store.readAll({ after: after as Position })).rejects.toThrow(PositionOutOfRange);
    });

    it('puts head at START on an empty log, then at the last settled event', async () => {
      expect(suite.initialHead).toBe(START);
      const stream = motionStream();
      const result = await suite.store.append(stream, [tabled('Head'), amended('last')], 'no-stream');
      await untilSettled(suite.store, result.position);
      expect(await suite.store.head()).toBe(result.position);
    });

    it('round-trips metadata, and records a time and a hex hash chained per stream', async () => {
      const stream = motionStream();
      const context = metadata({
        causationId: randomUUID(),
        commandId: randomUUID(),
        actor: 'participant-7f3a',
        role: 'resident',
      });
      const started = Date.now();
      await suite.store.append(
        stream,
        [{ ...tabled('Benches'), metadata: context }, amended('x')],
        'no-stream',
      );
      const [first, second] = await suite.store.readStream(stream);
      expect(first!.metadata).toEqual(context);
      expect(first!.recordedAt).toBeInstanceOf(Date);
      expect(Math.abs(first!.recordedAt.getTime() - started)).toBeLessThan(60_000);
      expect(first!.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(second!.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(second!.hash).not.toBe(first!.hash);
      expect(first).toMatchObject({ streamType: 'motion', schemaVersion: 2, storedSchemaVersion: 2 });
    });

    it('upcasts events stored at an older schema version every time they are read', async () => {
      const stream = motionStream();
      const before = await suite.store.head();
      const eventId = randomUUID();
      await suite.backend.writeLegacyEvent(stream, {
        eventId,
        type: 'MotionTabled',
        schemaVersion: 1,
        data: { title: 'Street names in two scripts' },
        metadata: metadata(),
      });
      const upcast = { title: 'Street names in two scripts', language: 'de' };
      const [fromStream] = await suite.store.readStream(stream);
      await untilSettled(suite.store, fromStream!.position);
      expect(fromStream).toMatchObject({ eventId, data: upcast, schemaVersion: 2, storedSchemaVersion: 1 });
      const { events } = await suite.store.readAll({ after: before });
      expect(events.find((event) => event.eventId === eventId)).toMatchObject({ data: upcast });
      await suite.store.append(stream, [amended('and in Braille')], 1);
      const reread = await suite.store.readStream(stream);
      expect(reread.map((event) => event.storedSchemaVersion)).toEqual([1, 1]);
      expect(reread[0]!.data).toEqual(upcast);
    });

    it('reads the log through the events of a stream type another process hosts, as stored', async () => {
      // One process per context shares one log: budgeting's store reads identity's events too,
      // which only the notary and verification look at, by their hashes.
      const stream = `petition-${randomUUID()}`;
      const before = await suite.store.head();
      const eventId = randomUUID();
      const data = { signatures: 1200, quorum: 'reached' };
      await suite.backend.writeLegacyEvent(stream, {
        eventId,
        type: 'PetitionSubmitted',
        schemaVersion: 3,
        data,
        metadata: metadata(),
      });
      const stored = { eventId, streamType: 'petition', data, schemaVersion: 3, storedSchemaVersion: 3 };
      let found: RecordedEvent | undefined;
      for (let tries = 0; !found && tries < 200; tries++) {
        const { events } = await suite.store.readAll({ after: before });
        found = events.find((event) => event.eventId === eventId);
        if (!found) await new Promise((resolve) => setTimeout(resolve, 25));
      }
      expect(found).toMatchObject(stored);
    });
  });
};
