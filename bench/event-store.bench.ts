import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { s } from '@commonplan/kernel';
import {
  EventCatalog,
  eventStoreMigrations,
  migrate,
  PgliteDatabase,
  PostgresEventStore,
  type EventStore,
  type NewEvent,
  type SqlDatabase,
} from '@commonplan/event-store';
import { freshPostgres } from '@commonplan/testing';
import { medianOf, throughput, type Figures } from './harness';

const catalog = new EventCatalog([
  {
    streamType: 'benchmark',
    events: [{ type: 'Measured', version: 1, schema: s.object({ n: s.integer(), note: s.string() }) }],
  },
]);

const event = (n: number): NewEvent => ({
  eventId: randomUUID(),
  type: 'Measured',
  data: { n, note: 'a comment of ordinary length, as a resident would leave on a draft plan' },
  metadata: { correlationId: randomUUID(), actor: 'participant-bench', role: 'resident' },
});

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);
const CATCHUP_EVENTS = Number(process.env.BENCH_CATCHUP_EVENTS ?? 200_000);

/** The baseline: what the same driver and server give for the simplest durable write. */
const rawInserts = async (db: SqlDatabase, writers: number): Promise<number> => {
  await db.query(
    'CREATE TABLE IF NOT EXISTS bench_raw (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, body jsonb)',
  );
  return throughput(writers, SECONDS, async (writer, i) => {
    await db.query('INSERT INTO bench_raw (body) VALUES ($1)', [JSON.stringify({ writer, i })]);
  });
};

/** Each writer appends single events to a stream of its own, with the exact expected version. */
const singleAppends = async (store: EventStore, writers: number): Promise<number> => {
  const run = randomUUID().slice(0, 8);
  return throughput(writers, SECONDS, async (writer, i) => {
    await store.append(`benchmark-${run}-${writer}`, [event(i)], i === 0 ? 'no-stream' : i);
  });
};

const batchAppends = async (store: EventStore, writers: number): Promise<number> => {
  const run = randomUUID().slice(0, 8);
  const batches = await throughput(writers, SECONDS, async (writer, i) => {
    await store.append(
      `benchmark-${run}-${writer}-${i}`,
      Array.from({ length: 100 }, (_, n) => event(n)),
      'no-stream',
    );
  });
  return batches * 100;
};

const fill = async (store: EventStore, events: number): Promise<void> => {
  const run = randomUUID().slice(0, 8);
  const perWriter = Math.ceil(events / 100 / 4);
  await Promise.all(
    Array.from({ length: 4 }, async (_, writer) => {
      for (let i = 0; i < perWriter; i++)
        await store.append(
          `benchmark-fill${run}-${writer}-${i}`,
          Array.from({ length: 100 }, (_, n) => event(n)),
          'no-stream',
        );
    }),
  );
};

/** A new subscriber reading the whole log from the start, until it has caught up. */
const catchUp = async (store: EventStore): Promise<number> => {
  let seen = 0;
  const started = performance.now();
  const subscription = store.subscribe({
    batchSize: 5000,
    handle: async (events) => void (seen += events.length),
  });
  await subscription.caughtUp();
  const elapsed = (performance.now() - started) / 1000;
  await subscription.stop();
  return seen / elapsed;
};

export const benchPostgres = async (figures: Figures): Promise<void> => {
  const test = await freshPostgres({ maxConnections: 20 });
  try {
    await migrate(test.db, eventStoreMigrations);
    const store = new PostgresEventStore(test.db, catalog);
    figures['es.pg.raw_insert_16_per_s'] = {
      unit: 'commits/s',
      ...(await medianOf(RUNS, () => rawInserts(test.db, 16))),
    };
    figures['es.pg.append_1x16_per_s'] = {
      unit: 'appends/s',
      baseline: 'es.pg.raw_insert_16_per_s',
      ...(await medianOf(RUNS, () => singleAppends(store, 16))),
    };
    figures['es.pg.append_batch100_events_per_s'] = {
      unit: 'events/s',
      ...(await medianOf(RUNS, () => batchAppends(store, 4))),
    };
    const { rows } = await test.db.query<{ n: string }>('SELECT count(*)::text AS n FROM events');
    await fill(store, Math.max(0, CATCHUP_EVENTS - Number(rows[0]!.n)));
    figures['es.pg.catchup_events_per_s'] = {
      unit: 'events/s',
      ...(await medianOf(RUNS, () => catchUp(store))),
    };
    await store.close();
  } finally {
    await test.drop();
  }
};

export const benchPglite = async (figures: Figures): Promise<void> => {
  const dir = mkdtempSync(path.join(tmpdir(), 'commonplan-bench-'));
  const db = await PgliteDatabase.open(dir);
  try {
    await migrate(db, eventStoreMigrations);
    const store = new PostgresEventStore(db, catalog);
    figures['es.pglite.raw_insert_1_per_s'] = {
      unit: 'commits/s',
      ...(await medianOf(RUNS, () => rawInserts(db, 1))),
    };
    figures['es.pglite.append_1_per_s'] = {
      unit: 'appends/s',
      baseline: 'es.pglite.raw_insert_1_per_s',
      ...(await medianOf(RUNS, () => singleAppends(store, 1))),
    };
    await store.close();
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
};
