import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { PgliteDatabase, PostgresDatabase, type SqlDatabase } from '@commonplan/event-store';
import { pgliteTemplateDump } from './pglite-template';

export interface TestDatabase {
  readonly db: SqlDatabase;
  /** Empty for PGlite: it lives in this process only. */
  readonly url: string;
  /** Closes the connections and, on PostgreSQL, drops the database. */
  drop(): Promise<void>;
}

const adminUrl = (): string => process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const withAdmin = async (work: (client: Client) => Promise<void>): Promise<void> => {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
};

/** A new, empty database on the PostgreSQL server, named after this test run. */
export const freshPostgres = async (options: { maxConnections?: number } = {}): Promise<TestDatabase> => {
  const run = process.env.COMMONPLAN_TEST_RUN ?? `adhoc_${Date.now().toString(36)}`;
  const name = `cp_test_${run}_${randomBytes(4).toString('hex')}`;
  await withAdmin((client) => client.query(`CREATE DATABASE "${name}"`).then(() => undefined));
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  const db = new PostgresDatabase({
    connectionString: url.toString(),
    maxConnections: options.maxConnections ?? 10,
  });
  return {
    db,
    url: url.toString(),
    drop: async () => {
      await db.close();
      await withAdmin((client) =>
        client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).then(() => undefined),
      );
    },
  };
};

/** A new, in-memory PGlite database, loaded from the test run's initialised template when there is one. */
export const freshPglite = async (): Promise<TestDatabase> => {
  const db = await PgliteDatabase.open(undefined, { loadDataDir: pgliteTemplateDump() });
  return { db, url: '', drop: () => db.close() };
};

/** Both engines, for suites that must pass on each (`describe.each(engines)`). */
export const engines = [
  ['PGlite', freshPglite],
  ['PostgreSQL', freshPostgres],
] as const;
