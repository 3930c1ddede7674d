import { randomInt, randomUUID } from 'node:crypto';
import { freshPostgres, type TestDatabase } from '@commonplan/testing';
import { WrongExpectedVersion } from '../port/errors';
import type { ExpectedVersion, RecordedEvent } from '../port/event-store';
import { comparePositions, START } from '../port/position';
import { migrate } from '../sql/migrations';
import { isWrittenOutOfOrder } from './append-request';
import { eventStoreMigrations } from './migrations';
import { PostgresEventStore } from './postgres-event-store';
import { petitionCatalog as catalog, signed, pause } from './petitions.fixture';

// On a PostgreSQL server only: PGlite runs one transaction at a time, so nothing here could race there.

const WRITERS = 16;
const RUN_MS = 3000;
const SHARED_STREAMS = Array.from({ length: 4 }, () => `petition-shared-${randomUUID()}`);

class RolledBackOnPurpose extends Error {}

describe('the PostgreSQL event store under concurrent writers', () => {
  let test: TestDatabase;
  let store: PostgresEventStore;

  beforeAll(async () => {
    test = await freshPostgres({ maxConnections: WRITERS + 6 });
    await migrate(test.db, eventStoreMigrations);
    store = new PostgresEventStore(test.db, catalog);
  });
  afterAll(async () => {
    await store.close();
    await test.drop();
  });

  it('delivers every committed event exactly once, in stream order, and no rolled-back one', async () => {
    const committed = new Set<string>();
    const rolledBack = new Set<string>();
    let outOfTurn = 0;
    const delivered: RecordedEvent[] = [];
    const subscription = store.subscribe({
      from: START,
      batchSize: 50,
      handle: async (events) => void delivered.push(...events),
    });

    // Each transaction gets its transaction id at the append and stays open a while after it, so
    // later transactions often commit first: the case a reader ordering by sequence number gets wrong.
    // Half the appends name the version last seen, which another writer may have moved on meanwhile.
    const versions = new Map<string, number>();
    let stale = 0;
    const expectedFor = (stream: string): ExpectedVersion =>
      randomInt(2) === 0 ? 'any' : (versions.get(stream) ?? 'any');
    const writer = async (writerNumber: number): Promise<void> => {
      const ownStreams = Array.from({ length: 3 }, () => `petition-own-${writerNumber}-${randomUUID()}`);
      const deadline = Date.now() + RUN_MS;
      for (let n = 0; Date.now() < deadline; n++) {
        const pool = randomInt(3) === 0 ? SHARED_STREAMS : ownStreams;
        const stream = pool[randomInt(pool.length)]!;
        const events = Array.from({ length: 1 + randomInt(3) }, () => signed(n));
        const rollBack = randomInt(10) === 0;
        try {
          await test.db.transaction(async (session) => {
            await pause(randomInt(5));
            const result = await store.appendInSession(session, stream, events, expectedFor(stream));
            versions.set(stream, result.nextExpectedVersion);
            await pause(randomInt(20));
            if (rollBack) throw new RolledBackOnPurpose();
          });
          events.forEach((event) => committed.add(event.eventId));
        } catch (error) {
          // A writer that took a shared stream's lock out of turn is refused, as under SERIALIZABLE.
          if (isWrittenOutOfOrder(error)) outOfTurn += 1;
          else if (error instanceof WrongExpectedVersion) stale += 1;
          else if (!(error instanceof RolledBackOnPurpose)) throw error;
          events.forEach((event) => rolledBack.add(event.eventId));
        }
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, (_, writerNumber) => writer(writerNumber)));
    await subscription.caughtUp();
    await subscription.stop();

    const ids = delivered.map((event) => event.eventId);
    expect(committed.size).toBeGreaterThan(500);
    expect(rolledBack.size).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(committed);
    expect(ids.filter((id) => rolledBack.has(id))).toEqual([]);
    expect(outOfTurn).toBeLessThan(committed.size / 10);
    expect(stale).toBeGreaterThan(0);

    const positions = delivered.map((event) => event.position);
    expect(
      positions.every((position, i) => i === 0 || comparePositions(positions[i - 1]!, position) < 0),
    ).toBe(true);
    const byStream = new Map<string, number[]>();
    for (const event of delivered)
      byStream.set(event.streamName, [...(byStream.get(event.streamName) ?? []), event.streamPosition]);
    for (const streamPositions of byStream.values())
      expect(streamPositions).toEqual(streamPositions.map((_, i) => i + 1));
  });
});
