import { randomUUID } from 'node:crypto';
import { engines, type TestDatabase } from '@commonplan/testing';
import { notaryMigrations } from '../notary/notary.migrations';
import { migrate } from '../sql/migrations';
import { verifyDatabase } from '../verification/verify';
import type { SqlDatabase } from '../sql/sql-database';
import type { ExpectedVersion, NewEvent } from '../port/event-store';
import { prepareAppend } from './append-request';
import { eventStoreMigrations } from './migrations';
import { petitionCatalog as catalog, signed } from './petitions.fixture';
import { PostgresEventStore } from './postgres-event-store';

const LAST_WRITER_MIGRATION = 'event-store/0005-streams-remember-last-writer';

/** As the store appended before that migration: today's store expects the append function's latest answer. */
const appendTheOldWay = async (
  db: SqlDatabase,
  stream: string,
  events: readonly NewEvent[],
  expected: ExpectedVersion,
): Promise<void> => {
  const request = prepareAppend(catalog, stream, events, expected);
  await db.query('SELECT stream_version FROM append_to_stream($1, $2, $3::bigint, $4::text::jsonb, NULL)', [
    stream,
    request.streamType,
    request.expectedVersion,
    request.events,
  ]);
};

describe.each(engines)(
  'a log written before streams remembered their last writer, on %s',
  (_engine, fresh) => {
    let test: TestDatabase;

    beforeAll(async () => (test = await fresh()));
    afterAll(async () => test.drop());

    it('is brought up to date: each stream learns its last writer, and appends chain on', async () => {
      const before = eventStoreMigrations.findIndex((migration) => migration.id === LAST_WRITER_MIGRATION);
      await migrate(test.db, eventStoreMigrations.slice(0, before));
      const streams = [`petition-${randomUUID()}`, `petition-${randomUUID()}`];
      await appendTheOldWay(test.db, streams[0]!, [signed(1), signed(2)], 'no-stream');
      await appendTheOldWay(test.db, streams[1]!, [signed(1)], 'no-stream');
      await appendTheOldWay(test.db, streams[0]!, [signed(3)], 2);

      await migrate(test.db, [...eventStoreMigrations, ...notaryMigrations]);
      const { rows } = await test.db.query<{ stream_name: string; remembered: string; actual: string }>(
        `SELECT s.stream_name, s.last_transaction_id::text AS remembered, e.transaction_id::text AS actual
         FROM streams s JOIN events e ON e.stream_name = s.stream_name AND e.stream_position = s.version`,
      );
      expect(rows).toHaveLength(2);
      for (const row of rows) expect(row.remembered).toBe(row.actual);

      const store = new PostgresEventStore(test.db, catalog);
      const appended = await store.append(streams[0]!, [signed(4)], 3);
      expect(appended.nextExpectedVersion).toBe(4);
      await store.append(`petition-${randomUUID()}`, [signed(1)], 'no-stream');
      await store.close();
      const verification = await verifyDatabase(test.db);
      expect(verification).toMatchObject({ ok: true, events: 6 });
    });
  },
);
