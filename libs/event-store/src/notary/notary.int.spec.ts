import { randomUUID } from 'node:crypto';
import { engines, type TestDatabase } from '@commonplan/testing';
import { START, type Position, type RecordedEvent } from '../port';
import { eventStoreMigrations, PostgresEventStore } from '../postgres';
import { migrate, type SqlDatabase } from '../sql';
import { sampleCatalog, sampleKey } from '../verification/sample-log.fixture';
import { checkCheckpointSignature } from './checkpoint';
import { merkleRoot } from './merkle';
import { Notary, type NotaryOptions } from './notary';
import { notaryMigrations } from './notary.migrations';
import { latestNotaryCheckpoint, NotaryConflict, readNotaryCheckpoints } from './notary-tables';

const comment = (n: number) => ({
  eventId: randomUUID(),
  type: 'CommentSubmitted',
  data: { text: `comment ${n}` },
  metadata: { correlationId: randomUUID() },
});

const allEvents = async (store: PostgresEventStore): Promise<RecordedEvent[]> => {
  const events: RecordedEvent[] = [];
  for (let after: Position = START; ;) {
    const batch = await store.readAll({ after, maxCount: 500 });
    events.push(...batch.events);
    if (batch.events.length === 0) return events;
    after = batch.checkpoint;
  }
};

const rootOf = (events: readonly RecordedEvent[]): string =>
  merkleRoot(events.map((event) => Buffer.from(event.hash, 'hex'))).toString('hex');

describe.each(engines)('the notary on %s', (_engine, open) => {
  let test: TestDatabase;
  let store: PostgresEventStore;
  const notaries: Notary[] = [];
  const errors: unknown[] = [];

  const start = async (options: Partial<NotaryOptions> = {}): Promise<Notary> => {
    const notary = await Notary.start({
      db: test.db,
      store,
      key: sampleKey,
      onError: (error) => errors.push(error),
      ...options,
    });
    notaries.push(notary);
    return notary;
  };

  const write = async (streams: number, perStream: number): Promise<void> => {
    const run = randomUUID().slice(0, 8);
    await Promise.all(
      Array.from({ length: streams }, async (_, s) => {
        for (let n = 0; n < perStream; n++) await store.append(`comment-${run}-${s}`, [comment(n)], n);
      }),
    );
  };

  beforeEach(async () => {
    test = await open();
    await migrate(test.db, [...eventStoreMigrations, ...notaryMigrations]);
    store = new PostgresEventStore(test.db, sampleCatalog, { pollIntervalMs: 20 });
    errors.length = 0;
  });

  afterEach(async () => {
    await Promise.all(notaries.splice(0).map((notary) => notary.stop().catch(() => undefined)));
    await store.close();
    await test.drop();
  });

  it('signs checkpoints every N events whose roots are the tree of the log in settled order', async () => {
    const notary = await start({ checkpointEvery: 25 });
    await write(6, 20);
    const last = await notary.checkpointNow();
    const events = await allEvents(store);
    expect(events).toHaveLength(120);
    expect(last).toMatchObject({ treeSize: 120, position: events[119]!.position, rootHash: rootOf(events) });
    const checkpoints = await readNotaryCheckpoints(test.db);
    const sizes = checkpoints.map((c) => c.treeSize);
    // Every 25 events at least; catching up after the start and `checkpointNow` may add others.
    sizes.forEach((size, i) => expect(size - (sizes[i - 1] ?? 0)).toBeLessThanOrEqual(25));
    expect(sizes.at(-1)).toBe(120);
    for (const checkpoint of checkpoints) {
      expect(checkpoint.rootHash).toBe(rootOf(events.slice(0, checkpoint.treeSize)));
      expect(checkpoint.position).toBe(events[checkpoint.treeSize - 1]!.position);
      expect(checkCheckpointSignature(checkpoint, checkpoint.publicKey)).toEqual({ valid: true });
    }
    expect(errors).toEqual([]);
  });

  it('resumes from its saved tree after a restart without folding anything twice', async () => {
    const first = await start({ checkpointEvery: 1000 });
    await write(3, 10);
    await first.stop();
    await write(3, 10);
    const second = await start({ checkpointEvery: 1000 });
    await write(2, 5);
    const last = await second.checkpointNow();
    const events = await allEvents(store);
    expect(last).toMatchObject({ treeSize: 70, rootHash: rootOf(events) });
    const checkpoints = await readNotaryCheckpoints(test.db);
    // Stopping checkpoints whatever the first notary had folded by then (if anything).
    expect([0, ...checkpoints.map((c) => c.treeSize)]).toContain(first.treeSize);
    for (const checkpoint of checkpoints)
      expect(checkpoint.rootHash).toBe(rootOf(events.slice(0, checkpoint.treeSize)));
    expect(errors).toEqual([]);
  });

  it('folds a batch that is delivered again after a failed save only once', async () => {
    let failures = 2;
    const flaky: SqlDatabase = Object.assign(Object.create(test.db) as SqlDatabase, {
      transaction: <T>(work: Parameters<SqlDatabase['transaction']>[0]): Promise<T> => {
        if (failures-- > 0) return Promise.reject(new Error('connection lost'));
        return test.db.transaction(work) as Promise<T>;
      },
    });
    await write(4, 10);
    const notary = await start({ db: flaky, checkpointEvery: 7, batchSize: 10 });
    const last = await notary.checkpointNow();
    expect(last).toMatchObject({ treeSize: 40, rootHash: rootOf(await allEvents(store)) });
    expect(errors.map((error) => (error as Error).message)).toContain('connection lost');
  });

  it('checkpoints on a timer when too few events arrive to reach N', async () => {
    const notary = await start({ checkpointEvery: 1000, checkpointIntervalMs: 30 });
    expect(await notary.checkpointNow()).toBeUndefined();
    await write(1, 3);
    const deadline = Date.now() + 5000;
    while ((await latestNotaryCheckpoint(test.db))?.treeSize !== 3 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await latestNotaryCheckpoint(test.db)).toMatchObject({ treeSize: 3 });
  });

  it('halts rather than write over a second notary on the same database', async () => {
    await write(1, 2);
    const first = await start();
    await first.checkpointNow();
    const second = await start();
    await write(1, 2);
    await second.checkpointNow();
    await expect(first.checkpointNow()).rejects.toThrow(NotaryConflict);
    expect((await readNotaryCheckpoints(test.db)).map((c) => c.treeSize).at(-1)).toBe(4);
  });
});
