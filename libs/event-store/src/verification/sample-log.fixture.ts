import { randomUUID } from 'node:crypto';
import { s } from '@commonplan/kernel';
import { Notary, notaryKey, notaryMigrations, parseSigningKey, type NotaryKey } from '../notary';
import { EventCatalog, type NewEvent } from '../port';
import { eventStoreMigrations, PostgresEventStore } from '../postgres';
import { migrate, type SqlDatabase } from '../sql';

/** A seeded generator (mulberry32), so a failing round can be replayed from the seed it prints. */
export const seededRandom = (seed: number): (() => number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
};

export const sampleCatalog = new EventCatalog([
  {
    streamType: 'motion',
    events: [
      { type: 'MotionTabled', version: 1, schema: s.object({ title: s.string(), language: s.string() }) },
      { type: 'MotionAmended', version: 1, schema: s.json() },
      { type: 'MotionAdopted', version: 1, schema: s.object({ votes: s.integer() }) },
    ],
  },
  {
    streamType: 'comment',
    events: [{ type: 'CommentSubmitted', version: 1, schema: s.json() }],
  },
]);

/** A fixed key: the tests need a notary, not a secret. */
export const sampleKey: NotaryKey = notaryKey(parseSigningKey(Buffer.alloc(32, 42).toString('base64')));

// Text in the languages residents write in, so canonical forms hold more than ASCII.
const TITLES = ['Interpreters at the town hall', 'مترجمون في البلدية', 'مترجم در شهرداری', 'Spielplatz 🛝'];

const eventFor = (random: () => number, streamType: string, first: boolean, n: number): NewEvent => {
  const metadata = { correlationId: randomUUID(), actor: `participant-${Math.floor(random() * 50)}` };
  const title = TITLES[Math.floor(random() * TITLES.length)]!;
  if (streamType === 'comment')
    return {
      eventId: randomUUID(),
      type: 'CommentSubmitted',
      data: { text: `${title} #${n}`, rating: random() < 0.5 ? null : Math.floor(random() * 5), tags: [n] },
      metadata,
    };
  if (first)
    return { eventId: randomUUID(), type: 'MotionTabled', data: { title, language: 'en' }, metadata };
  return random() < 0.8
    ? {
        eventId: randomUUID(),
        type: 'MotionAmended',
        data: { text: title, at: { line: n, ok: true } },
        metadata,
      }
    : { eventId: randomUUID(), type: 'MotionAdopted', data: { votes: Math.floor(random() * 30) }, metadata };
};

export interface SampleLogOptions {
  readonly seed: number;
  readonly streams: number;
  /** Most events per stream; each stream gets 1 to this many. */
  readonly maxEvents: number;
  readonly checkpointEvery: number;
  /** Events written after the notary's last checkpoint, which no checkpoint covers. */
  readonly tail: number;
}

export interface SampleLog {
  readonly events: number;
  readonly checkpoints: number;
  readonly lastCheckpointSize: number;
}

const appendAll = async (
  store: PostgresEventStore,
  random: () => number,
  streams: readonly string[],
  perStream: readonly number[],
): Promise<number> => {
  let written = 0;
  // Four writers at once, each appending batches of 1 to 3 events: many transactions, some with several events.
  await Promise.all(
    [0, 1, 2, 3].map(async (writer) => {
      for (let i = writer; i < streams.length; i += 4) {
        const name = streams[i]!;
        const type = name.slice(0, name.indexOf('-'));
        let version = 0;
        while (version < perStream[i]!) {
          const size = Math.min(1 + Math.floor(random() * 3), perStream[i]! - version);
          const batch = Array.from({ length: size }, (_, k) =>
            eventFor(random, type, version + k === 0, version + k),
          );
          await store.append(name, batch, version === 0 ? 'no-stream' : version);
          version += size;
          written += size;
        }
      }
    }),
  );
  return written;
};

/** Migrates `db`, writes a few hundred events over many streams, and notarises all but a tail. */
export const writeSampleLog = async (db: SqlDatabase, options: SampleLogOptions): Promise<SampleLog> => {
  await migrate(db, [...eventStoreMigrations, ...notaryMigrations]);
  const random = seededRandom(options.seed);
  const store = new PostgresEventStore(db, sampleCatalog, { pollIntervalMs: 20 });
  const streams = Array.from({ length: options.streams }, (_, i) =>
    i % 3 === 0 ? `comment-c${i}` : `motion-m${i}`,
  );
  const perStream = streams.map(() => 1 + Math.floor(random() * options.maxEvents));
  const notary = await Notary.start({ db, store, key: sampleKey, checkpointEvery: options.checkpointEvery });
  let events = await appendAll(store, random, streams, perStream);
  const last = await notary.checkpointNow();
  await notary.stop();
  for (let i = 0; i < options.tail; i++) {
    const name = `comment-tail${i}`;
    await store.append(name, [eventFor(random, 'comment', true, i)], 'no-stream');
    events += 1;
  }
  await store.close();
  const { rows } = await db.query<{ count: number }>('SELECT count(*)::int AS count FROM notary_checkpoints');
  return { events, checkpoints: rows[0]!.count, lastCheckpointSize: last?.treeSize ?? 0 };
};
