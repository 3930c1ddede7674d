import { randomUUID } from 'node:crypto';
import { engines, type TestDatabase } from '@commonplan/testing';
import { Notary, notaryMigrations } from '../notary';
import { eventStoreMigrations, PostgresEventStore } from '../postgres';
import { migrate } from '../sql';
import { sampleCatalog, sampleKey } from './sample-log.fixture';
import { verifyDatabase } from './verify';

const amendment = (n: number) => ({
  eventId: randomUUID(),
  type: 'MotionAmended',
  data: { n },
  metadata: { correlationId: randomUUID() },
});

describe.each(engines)('verifying the database on %s', (_engine, open) => {
  let test: TestDatabase;
  beforeEach(async () => (test = await open()));
  afterEach(() => test.drop());

  const writeAndNotarise = async (): Promise<void> => {
    await migrate(test.db, [...eventStoreMigrations, ...notaryMigrations]);
    const store = new PostgresEventStore(test.db, sampleCatalog, { pollIntervalMs: 20 });
    const notary = await Notary.start({ db: test.db, store, key: sampleKey, checkpointEvery: 5 });
    // Twelve events in one transaction: their global positions pass from 9 to 10 inside it.
    await store.append(
      'motion-a',
      Array.from({ length: 12 }, (_, n) => amendment(n)),
      'no-stream',
    );
    await store.append('motion-b', [amendment(0), amendment(1), amendment(2)], 'no-stream');
    await notary.checkpointNow();
    await notary.stop();
    await store.close();
  };

  it('says which table is missing in a database that was never migrated, and creates none', async () => {
    expect(await verifyDatabase(test.db)).toEqual({
      ok: false,
      problem: {
        kind: 'missing-table',
        message: 'table streams does not exist: this database was never migrated, or it was dropped',
      },
    });
    const { rows } = await test.db.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
    expect(rows).toEqual([]);
    await migrate(test.db, eventStoreMigrations);
    expect(await verifyDatabase(test.db)).toMatchObject({
      ok: false,
      problem: { kind: 'missing-table', message: expect.stringMatching(/^table notary_checkpoints /) },
    });
  });

  it('verifies an empty log', async () => {
    await migrate(test.db, [...eventStoreMigrations, ...notaryMigrations]);
    expect(await verifyDatabase(test.db)).toEqual({ ok: true, events: 0, checkpoints: 0, keyIds: [] });
  });

  it('verifies a log read in numeric order, one event per page or all at once', async () => {
    await writeAndNotarise();
    for (const batchSize of [1, 4, 1000]) {
      const verification = await verifyDatabase(test.db, { batchSize });
      expect(verification).toMatchObject({ ok: true, events: 15, keyIds: [sampleKey.keyId] });
      // Every 5 events, plus one whenever the notary had caught up.
      expect(verification.ok && verification.checkpoints).toBeGreaterThanOrEqual(3);
    }
  });

  it('names the first event, in stream order, that does not match its hash chain', async () => {
    await writeAndNotarise();
    await test.db.query(
      `UPDATE events SET data = '{"n": 99}' WHERE (stream_name, stream_position) IN (('motion-b', 2), ('motion-a', 7))`,
    );
    const { rows } = await test.db.query<{ event_id: string }>(
      `SELECT event_id::text AS event_id FROM events WHERE stream_name = 'motion-a' AND stream_position = 7`,
    );
    expect(await verifyDatabase(test.db, { batchSize: 4 })).toEqual({
      ok: false,
      problem: {
        kind: 'hash-mismatch',
        streamName: 'motion-a',
        streamPosition: 7,
        eventId: rows[0]!.event_id,
        message: `event 7 of stream motion-a (event id ${rows[0]!.event_id}) does not match its hash chain`,
      },
    });
  });

  it('refuses checkpoints signed by a key the caller does not trust', async () => {
    await writeAndNotarise();
    expect(await verifyDatabase(test.db, { trustedKeyIds: ['0123456789abcdef'] })).toMatchObject({
      ok: false,
      problem: { kind: 'checkpoint-untrusted-key', treeSize: 5 },
    });
  });

  it('notices checkpoints of events that were removed since', async () => {
    await writeAndNotarise();
    await test.db.query(`DELETE FROM events WHERE stream_name = 'motion-b'`);
    await test.db.query(`DELETE FROM streams WHERE stream_name = 'motion-b'`);
    expect(await verifyDatabase(test.db)).toEqual({
      ok: false,
      problem: {
        kind: 'checkpoint-beyond-log',
        treeSize: 15,
        message: expect.stringMatching(
          /^checkpoint 15 \(signed .* by key [0-9a-f]{16}\) covers 15 events, but the log holds only 12$/,
        ),
      },
    });
  });
});
