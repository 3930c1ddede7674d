import { randomUUID } from 'node:crypto';
import { freshPostgres, type TestDatabase } from '@commonplan/testing';
import { collector, eventually, failureOf, ofStream, untilSettled } from '../contract/contract-backend';
import { EventIdReused, WrongExpectedVersion } from '../port/errors';
import { migrate } from '../sql/migrations';
import type { SqlDatabase, SqlSession } from '../sql/sql-database';
import { isWrittenOutOfOrder } from './append-request';
import { eventStoreMigrations } from './migrations';
import { PostgresEventStore } from './postgres-event-store';
import { petitionCatalog as catalog, signed, pause } from './petitions.fixture';
import { counting } from './statements.fixture';

// PGlite runs one transaction at a time, so only a PostgreSQL server can show these interleavings.

const petition = (): string => `petition-${randomUUID()}`;

class RolledBackOnPurpose extends Error {}

/** A transaction that does `work`, then stays open until the test commits or rolls it back. */
const holdOpen = (test: TestDatabase, work: (session: SqlSession) => Promise<unknown>) => {
  let decide!: (commit: boolean) => void;
  const decided = new Promise<boolean>((resolve) => (decide = resolve));
  let worked!: () => void;
  const workDone = new Promise<void>((resolve) => (worked = resolve));
  const ended = test.db.transaction(async (session) => {
    await work(session);
    worked();
    if (!(await decided)) throw new RolledBackOnPurpose();
  });
  return {
    ready: Promise.race([workDone, ended]),
    commit: async () => {
      decide(true);
      await ended;
    },
    rollBack: async () => {
      decide(false);
      await expect(ended).rejects.toThrow(RolledBackOnPurpose);
    },
  };
};

describe('the PostgreSQL event store with concurrent transactions', () => {
  let test: TestDatabase;
  let store: PostgresEventStore;

  beforeAll(async () => {
    test = await freshPostgres();
    await migrate(test.db, eventStoreMigrations);
    store = new PostgresEventStore(test.db, catalog, { pollIntervalMs: 100 });
  });
  afterAll(async () => {
    await store.close();
    await test.drop();
  });

  it('reads a stream inside the transaction that appended to it, which nobody else sees yet', async () => {
    const name = petition();
    const open = holdOpen(test, async (session) => {
      await store.appendInSession(session, name, [signed(1), signed(2)], 'no-stream');
      expect((await store.readStreamInSession(session, name, { fromVersion: 2 })).map((e) => e.data)).toEqual(
        [{ n: 2 }],
      );
    });
    await open.ready;
    expect(await store.readStream(name)).toEqual([]);
    await open.commit();
    expect(await store.readStream(name)).toHaveLength(2);
  });

  it('never reads past an open transaction, while writers of other streams go on without waiting', async () => {
    const [held, other] = [petition(), petition()];
    const before = await store.head();
    const open = holdOpen(test, (session) => store.appendInSession(session, held, [signed(1)], 'no-stream'));
    await open.ready;
    const later = await store.append(other, [signed(2)], 'no-stream');
    await pause(50);
    const whileOpen = await store.readAll({ after: before });
    expect(ofStream(whileOpen.events, other)).toEqual([]);
    expect(await store.head()).not.toBe(later.position);

    await open.commit();
    await untilSettled(store, later.position);
    const { events } = await store.readAll({ after: before });
    // The held transaction began first, so its event comes first though it committed last.
    expect(
      events.filter((event) => [held, other].includes(event.streamName)).map((e) => e.streamName),
    ).toEqual([held, other]);
  });

  it('makes a writer of the same stream wait for the open transaction, then check against it', async () => {
    const stream = petition();
    const open = holdOpen(test, (session) =>
      store.appendInSession(session, stream, [signed(1)], 'no-stream'),
    );
    await open.ready;
    let settled = false;
    const refusal = failureOf(store.append(stream, [signed(2)], 'no-stream').finally(() => (settled = true)));
    await pause(100);
    expect(settled).toBe(false);
    await open.commit();
    const error = await refusal;
    expect(error).toBeInstanceOf(WrongExpectedVersion);
    expect(error).toMatchObject({ actual: 1 });
  });

  it('answers a retry that raced its original with the original result', async () => {
    const stream = petition();
    const event = signed(1);
    let original: unknown;
    const open = holdOpen(test, async (session) => {
      original = await store.appendInSession(session, stream, [event], 'no-stream');
    });
    await open.ready;
    const retry = store.append(stream, [event], 'no-stream');
    await pause(50);
    await open.commit();
    expect(await retry).toEqual({ ...(original as object), appended: false });
  });

  it('refuses an event id that a concurrent append to another stream took first', async () => {
    const eventId = randomUUID();
    const open = holdOpen(test, (session) =>
      store.appendInSession(session, petition(), [signed(1, eventId)], 'no-stream'),
    );
    await open.ready;
    const racing = failureOf(store.append(petition(), [signed(1, eventId)], 'no-stream'));
    await pause(50);
    await open.commit();
    const error = await racing;
    expect(error).toBeInstanceOf(EventIdReused);
    expect(error).toMatchObject({ eventId });
  });

  it('refuses an append in a transaction older than the last writer of its stream, as a serialization failure', async () => {
    const stream = petition();
    await store.append(stream, [signed(1)], 'no-stream');
    const error = await failureOf(
      test.db.transaction(async (session) => {
        await session.query('SELECT pg_current_xact_id()');
        await store.append(stream, [signed(2)], 1);
        await store.appendInSession(session, stream, [signed(3)], 'any');
      }),
    );
    expect(isWrittenOutOfOrder(error)).toBe(true);
    expect((await store.readStream(stream)).map((event) => event.data)).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('retries an append that lost its turn, in a new transaction', async () => {
    let refusals = 2;
    const outOfTurnOnce = Object.create(test.db) as SqlDatabase;
    outOfTurnOnce.query = (text, params) =>
      refusals-- > 0
        ? Promise.reject(Object.assign(new Error('out of turn'), { code: '40001' }))
        : test.db.query(text, params);
    const retrying = new PostgresEventStore(outOfTurnOnce, catalog);
    expect(await retrying.append(petition(), [signed(1)], 'no-stream')).toMatchObject({ appended: true });
  });

  it('lets a subscriber past a transaction that held it back and then rolled back without a notice', async () => {
    const [held, other] = [petition(), petition()];
    const { seen, handle } = collector();
    const subscription = store.subscribe({ from: await store.head(), handle });
    await subscription.caughtUp();
    const open = holdOpen(test, (session) => store.appendInSession(session, held, [signed(1)], 'no-stream'));
    await open.ready;
    await store.append(other, [signed(2)], 'no-stream');
    await pause(150);
    expect(ofStream(seen, other)).toEqual([]);
    await open.rollBack();
    await eventually(() => ofStream(seen, other).length === 1, 2000);
    expect(ofStream(seen, held)).toEqual([]);
    await subscription.stop();
  });

  it('lets appends that commit while an announcement is on its way share the next one', async () => {
    const { db, statements } = counting(test.db);
    const counted = new PostgresEventStore(db, catalog);
    await Promise.all(
      Array.from({ length: 20 }, () => counted.append(`petition-${randomUUID()}`, [signed(1)], 'no-stream')),
    );
    await counted.close();
    const notices = statements().filter((statement) => statement === 'notify').length;
    expect(statements().filter((statement) => statement === 'append')).toHaveLength(20);
    expect(notices).toBeGreaterThanOrEqual(1);
    expect(notices).toBeLessThan(20);
  });
});
