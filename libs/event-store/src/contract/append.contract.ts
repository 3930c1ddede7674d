import { randomUUID } from 'node:crypto';
import { Invalid } from '@commonplan/kernel';
import {
  EventIdReused,
  EventSchemaViolation,
  UnknownEventType,
  UnknownStreamType,
  WrongExpectedVersion,
} from '../port/errors';
import type { NewEvent } from '../port/event-store';
import { comparePositions } from '../port/position';
import {
  amended,
  ballotStream,
  failureOf,
  motionStream,
  tabled,
  type ContractSuite,
} from './contract-backend';

export const appendContract = (suite: ContractSuite): void => {
  describe('appending', () => {
    /** Runs `attempt`, expects it to fail, and checks that the backend holds exactly what it held before. */
    const refusedWithNothingWritten = async (attempt: () => Promise<unknown>): Promise<unknown> => {
      const before = await suite.backend.countStored();
      const error = await failureOf(attempt());
      expect(await suite.backend.countStored()).toEqual(before);
      return error;
    };

    it('starts a stream with no-stream and continues it at the exact version', async () => {
      const stream = motionStream();
      const first = await suite.store.append(stream, [tabled('Interpreters at the town hall')], 'no-stream');
      expect(first).toMatchObject({ streamName: stream, nextExpectedVersion: 1, appended: true });
      const second = await suite.store.append(stream, [amended('in five languages')], 1);
      expect(second.nextExpectedVersion).toBe(2);
      expect(comparePositions(first.position, second.position)).toBeLessThan(0);
      const events = await suite.store.readStream(stream);
      expect(events.map((event) => [event.streamPosition, event.type])).toEqual([
        [1, 'MotionTabled'],
        [2, 'MotionAmended'],
      ]);
      expect(events[1]!.position).toBe(second.position);
    });

    it('appends many events at once, in order, as one append', async () => {
      const stream = motionStream();
      const batch = [tabled('Night buses'), amended('a'), amended('b'), amended('c')];
      const result = await suite.store.append(stream, batch, 'no-stream');
      expect(result.nextExpectedVersion).toBe(4);
      const events = await suite.store.readStream(stream);
      expect(events.map((event) => event.eventId)).toEqual(batch.map((event) => event.eventId));
      expect(events.map((event) => event.streamPosition)).toEqual([1, 2, 3, 4]);
      expect(events.at(-1)!.position).toBe(result.position);
    });

    it('answers with the hash and time of the last event written, as reading it back tells them', async () => {
      const stream = motionStream();
      const opened = await suite.store.append(
        stream,
        [tabled('Welcome desk'), amended('open late')],
        'no-stream',
      );
      const continued = await suite.store.append(stream, [amended('in Arabic too')], 2);
      const [, second, third] = await suite.store.readStream(stream);
      expect([opened.lastHash, opened.lastRecordedAt]).toEqual([second!.hash, second!.recordedAt]);
      expect([continued.lastHash, continued.lastRecordedAt]).toEqual([third!.hash, third!.recordedAt]);
      expect(continued.lastHash).not.toBe(opened.lastHash);
    });

    it('appends with any, to a new stream and to an existing one', async () => {
      const stream = ballotStream();
      const vote = (choice: string): NewEvent => ({ ...amended(''), type: 'BallotCast', data: { choice } });
      expect((await suite.store.append(stream, [vote('yes')], 'any')).nextExpectedVersion).toBe(1);
      expect((await suite.store.append(stream, [vote('no')], 'any')).nextExpectedVersion).toBe(2);
    });

    it('refuses a wrong expected version, names the actual one, and writes nothing', async () => {
      const stream = motionStream();
      await suite.store.append(stream, [tabled('Parks'), amended('x')], 'no-stream');
      const cases = [
        { stream, expected: 'no-stream' as const, actual: 2 },
        { stream, expected: 1, actual: 2 },
        { stream, expected: 3, actual: 2 },
        { stream: motionStream(), expected: 1, actual: 0 },
      ];
      for (const { stream: name, expected, actual } of cases) {
        const error = await refusedWithNothingWritten(() =>
          suite.store.append(name, [amended('late')], expected),
        );
        expect(error).toBeInstanceOf(WrongExpectedVersion);
        expect(error).toMatchObject({ streamName: name, expected, actual, kind: 'stale-version' });
      }
    });

    it('treats a repeated append of the same event ids as a retry: the first result, nothing written', async () => {
      const stream = motionStream();
      await suite.store.append(stream, [tabled('Library hours')], 'no-stream');
      const batch = [amended('weekends'), amended('evenings')];
      const first = await suite.store.append(stream, batch, 1);
      for (const expected of [1, 'no-stream', 7, 'any'] as const) {
        const before = await suite.backend.countStored();
        const retry = await suite.store.append(stream, batch, expected);
        expect(retry).toEqual({ ...first, appended: false });
        expect(await suite.backend.countStored()).toEqual(before);
      }
      expect(await suite.store.readStream(stream)).toHaveLength(3);
      const single = [amended('holidays')];
      const once = await suite.store.append(stream, single, 3);
      for (const expected of [3, 4, 'any'] as const)
        expect(await suite.store.append(stream, single, expected)).toEqual({ ...once, appended: false });
      expect(await suite.store.readStream(stream)).toHaveLength(4);
    });

    it('refuses an event id reused for other content, another stream, or a different batch', async () => {
      const stream = motionStream();
      const original = [tabled('Cycle lanes'), amended('on Main Street')];
      await suite.store.append(stream, original, 'no-stream');
      const [first, second] = original as [NewEvent, NewEvent];
      const attempts: [string, NewEvent[]][] = [
        [stream, [{ ...second, data: { text: 'on Station Road' } }]],
        [stream, [{ ...second, type: 'MotionTabled', data: { title: 't', language: 'en' } }]],
        [motionStream(), [first]],
        [stream, [second, first]],
        [stream, [first, amended('new')]],
        [stream, [amended('new'), first]],
        [stream, [amended('twice', { eventId: second.eventId.toUpperCase() }), amended('again')]],
      ];
      for (const [name, events] of attempts) {
        const error = await refusedWithNothingWritten(() => suite.store.append(name, events, 'any'));
        expect(error).toBeInstanceOf(EventIdReused);
        expect(error).toMatchObject({ kind: 'conflict' });
      }
      const other = motionStream();
      await suite.store.append(other, [tabled('Bus shelters')], 'no-stream');
      const exact: [string, NewEvent, number][] = [
        [other, first, 1],
        [stream, { ...second, data: { text: 'on Station Road' } }, 2],
      ];
      for (const [name, event, expected] of exact) {
        const error = await refusedWithNothingWritten(() => suite.store.append(name, [event], expected));
        expect(error).toBeInstanceOf(EventIdReused);
      }
      const twice = amended('twice');
      const error = await refusedWithNothingWritten(() =>
        suite.store.append(motionStream(), [twice, twice], 'any'),
      );
      expect(error).toBeInstanceOf(EventIdReused);
    });

    it('refuses unknown stream and event types, invalid data and malformed names, writing nothing', async () => {
      const cases: [string, NewEvent[], new (...args: never[]) => Error][] = [
        [`petition-${randomUUID()}`, [amended('x')], UnknownStreamType],
        [motionStream(), [{ ...amended('x'), type: 'MotionAdopted' }], UnknownEventType],
        [motionStream(), [{ ...amended('x'), data: { text: 3 } }], EventSchemaViolation],
        [motionStream(), [{ ...amended('x'), data: { text: 'x', extra: true } }], EventSchemaViolation],
        [
          motionStream(),
          [tabled('fine'), amended('fine'), { ...tabled(''), eventId: randomUUID() }],
          EventSchemaViolation,
        ],
        ['motion', [amended('x')], Invalid],
        ['Motion-1', [amended('x')], Invalid],
        [`motion-${'x'.repeat(201)}`, [amended('x')], Invalid],
        [motionStream(), [{ ...amended('x'), eventId: 'not-a-uuid' }], Invalid],
        [motionStream(), [], Invalid],
      ];
      for (const [name, events, errorType] of cases) {
        const error = await refusedWithNothingWritten(() => suite.store.append(name, events, 'any'));
        expect(error).toBeInstanceOf(errorType);
        expect(error).toMatchObject({ kind: 'invalid' });
      }
    });

    it('names every broken field of an event that does not match its schema', async () => {
      const error = await refusedWithNothingWritten(() =>
        suite.store.append(motionStream(), [{ ...tabled(''), data: { title: '' } }], 'no-stream'),
      );
      expect((error as EventSchemaViolation).issues.map((issue) => issue.field)).toEqual([
        'data.title',
        'data.language',
      ]);
    });
  });
};
