import { randomUUID } from 'node:crypto';
import { engines, type TestDatabase } from '@commonplan/testing';
import { eventStoreContract, type OpenBackend } from '../contract/event-store.contract';
import { migrate } from '../sql/migrations';
import { eventHashSql, GENESIS_HASH_SQL } from './canonical-event';
import { eventStoreMigrations } from './migrations';
import { PostgresEventStore } from './postgres-event-store';
import { encodePosition } from './position';
import { counting } from './statements.fixture';
import { petitionCatalog as catalog, signed } from './petitions.fixture';

const openBackend =
  (fresh: () => Promise<TestDatabase>): OpenBackend =>
  async (catalog) => {
    const test = await fresh();
    await migrate(test.db, eventStoreMigrations);
    const stores: PostgresEventStore[] = [];
    return {
      openStore: (tuning = {}) => {
        const store = new PostgresEventStore(test.db, catalog, tuning);
        stores.push(store);
        return store;
      },
      // Through the append function itself, which stores whatever schema version it is handed.
      writeLegacyEvent: async (streamName, event) => {
        const { eventId: id, type, schemaVersion: version, data, metadata } = event;
        const events = [{ id, type, version, data, metadata }];
        await test.db.query(
          "SELECT append_to_stream($1, split_part($1, '-', 1), NULL, $2::text::jsonb, 'x')",
          [streamName, JSON.stringify(events)],
        );
      },
      countStored: async () => {
        const { rows } = await test.db.query<{ streams: number; events: number }>(
          'SELECT (SELECT count(*) FROM streams)::int AS streams, (SELECT count(*) FROM events)::int AS events',
        );
        return rows[0]!;
      },
      close: async () => {
        await Promise.all(stores.map((store) => store.close()));
        await test.drop();
      },
    };
  };

for (const [engine, fresh] of engines)
  eventStoreContract(`PostgresEventStore on ${engine}`, openBackend(fresh));

describe.each(engines)('the PostgreSQL event store on %s', (_engine, fresh) => {
  let test: TestDatabase;
  let store: PostgresEventStore;

  beforeAll(async () => {
    test = await fresh();
    await migrate(test.db, eventStoreMigrations);
    store = new PostgresEventStore(test.db, catalog);
  });
  afterAll(async () => {
    await store.close();
    await test.drop();
  });

  it('names its migrations event-store/NNNN-… and applies them once', async () => {
    expect(eventStoreMigrations.map((migration) => migration.id)).toEqual([
      'event-store/0001-streams-and-events',
      'event-store/0002-append-to-stream',
      'event-store/0003-subscription-checkpoints',
      'event-store/0004-append-notifies-when-asked',
      'event-store/0005-streams-remember-last-writer',
      'event-store/0006-append-reads-last-writer-from-stream',
      'event-store/0007-append-answers-with-the-last-hash',
    ]);
    expect(await migrate(test.db, eventStoreMigrations)).toEqual([]);
  });

  it('appends a batch in one statement, then announces the commit without making the caller wait', async () => {
    const { db, statements } = counting(test.db);
    const counted = new PostgresEventStore(db, catalog);
    await counted.append(`petition-${randomUUID()}`, [signed(1), signed(2), signed(3)], 'no-stream');
    // PGlite has no other process to tell: its subscribers are woken in-process.
    expect(statements()).toEqual(test.db.engine === 'pglite' ? ['append'] : ['append', 'notify']);
    await counted.close();
  });

  it('wakes its own subscribers at once after an append', async () => {
    const slow = new PostgresEventStore(test.db, catalog, { pollIntervalMs: 60_000 });
    let heard!: () => void;
    const woken = new Promise<void>((resolve) => (heard = resolve));
    const stream = `petition-${randomUUID()}`;
    const subscription = slow.subscribe({
      from: await slow.head(),
      handle: async (events) => {
        if (events.some((event) => event.streamName === stream)) heard();
      },
    });
    await subscription.caughtUp();
    await slow.append(stream, [signed(1)], 'no-stream');
    await woken;
    await slow.close();
  });

  it('never keeps a reader of its own writes waiting while it gathers commits', async () => {
    // A gathering pause far longer than the test may run: only cutting it short lets the reads below
    // finish. The poll stays short: other tests' open transactions on the server may hold the horizon
    // back, and a subscription looks again at most a poll later.
    const gathering = new PostgresEventStore(test.db, catalog, { pollIntervalMs: 1_000, gatherMs: 600_000 });
    const seen: string[] = [];
    const subscription = gathering.subscribe({
      from: await gathering.head(),
      handle: async (events) => void seen.push(...events.map((event) => event.streamName)),
    });
    await subscription.caughtUp();
    for (const n of [1, 2, 3]) {
      const stream = `petition-${randomUUID()}`;
      await gathering.append(stream, [signed(n)], 'no-stream');
      await subscription.caughtUp();
      expect(seen).toContain(stream);
    }
    await gathering.close();
  });

  it('encodes a position as the stored transaction id and global position', async () => {
    const stream = `petition-${randomUUID()}`;
    const result = await store.append(stream, [signed(1)], 'no-stream');
    const { rows } = await test.db.query<{ tx: string; gp: string }>(
      'SELECT transaction_id::text AS tx, global_position::text AS gp FROM events WHERE stream_name = $1',
      [stream],
    );
    const row = rows[0]!;
    expect(result.position).toBe(
      encodePosition({ transactionId: BigInt(row.tx), globalPosition: BigInt(row.gp) }),
    );
    expect(result.position).toMatch(/^\d{20}:\d{20}$/);
  });

  it('stores a hash chain that the canonical SQL recomputes from the stored rows', async () => {
    const stream = `petition-${randomUUID()}`;
    await store.append(stream, [signed(1), signed(2)], 'no-stream');
    await store.append(stream, [signed(3)], 2);
    const { rows } = await test.db.query<{ stream_position: string; matches: boolean }>(
      `SELECT e.stream_position::text AS stream_position,
              e.event_hash = ${eventHashSql(`coalesce(lag(e.event_hash) OVER w, ${GENESIS_HASH_SQL})`, 'e')} AS matches
         FROM events e WHERE e.stream_name = $1
       WINDOW w AS (PARTITION BY e.stream_name ORDER BY e.stream_position)
        ORDER BY e.stream_position`,
      [stream],
    );
    expect(rows.map((row) => [Number(row.stream_position), row.matches])).toEqual([
      [1, true],
      [2, true],
      [3, true],
    ]);
    const events = await store.readStream(stream);
    const { rows: streams } = await test.db.query<{ version: string; last_hash: string }>(
      "SELECT version::text AS version, encode(last_hash, 'hex') AS last_hash FROM streams WHERE stream_name = $1",
      [stream],
    );
    expect(streams[0]).toEqual({ version: '3', last_hash: events[2]!.hash });
  });

  it('leaves nothing behind when an append fails half-way through its batch', async () => {
    await test.db.query(`
      CREATE FUNCTION refuse_second_event() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.stream_name LIKE 'petition-crash-%' AND NEW.stream_position = 2 THEN
          RAISE EXCEPTION 'disk full';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER refuse_second_event BEFORE INSERT ON events
        FOR EACH ROW EXECUTE FUNCTION refuse_second_event();`);
    const stream = `petition-crash-${randomUUID()}`;
    try {
      await expect(store.append(stream, [signed(1), signed(2), signed(3)], 'no-stream')).rejects.toThrow(
        /disk full/,
      );
    } finally {
      await test.db.query('DROP TRIGGER refuse_second_event ON events');
    }
    const { rows } = await test.db.query<{ streams: number; events: number }>(
      `SELECT (SELECT count(*) FROM streams WHERE stream_name = $1)::int AS streams,
              (SELECT count(*) FROM events WHERE stream_name = $1)::int AS events`,
      [stream],
    );
    expect(rows[0]).toEqual({ streams: 0, events: 0 });
    expect((await store.append(stream, [signed(1)], 'no-stream')).nextExpectedVersion).toBe(1);
  });
});
