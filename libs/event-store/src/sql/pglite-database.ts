import { PGlite } from '@electric-sql/pglite';
import { SessionLock } from './session-lock';
import type { SqlDatabase, SqlResult, SqlSession } from './sql-database';
import { quoteIdentifier } from './postgres-database';

const sessionOf = (db: PGlite): SqlSession => ({
  query: async <Row>(text: string, params?: readonly unknown[]): Promise<SqlResult<Row>> => {
    if (params && params.length > 0) {
      const result = await db.query<Row>(text, params as unknown[]);
      return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
    }
    // Like pg's simple protocol, a parameterless string may hold several statements (migrations do).
    const results = await db.exec(text);
    const last = results[results.length - 1];
    return { rows: (last?.rows ?? []) as Row[], rowCount: last?.affectedRows ?? last?.rows.length ?? 0 };
  },
});

/**
 * PGlite (PostgreSQL compiled to WASM) in this process: the embedded default. It has a single
 * session, so every caller queues on one lock; TypeORM reaches it through `pgCompatiblePool`.
 */
export class PgliteDatabase implements SqlDatabase {
  readonly engine = 'pglite' as const;
  readonly lock = new SessionLock();
  private readonly session: SqlSession;

  private constructor(readonly pglite: PGlite) {
    this.session = sessionOf(pglite);
  }

  /**
   * `dataDir` undefined keeps the database in memory. `loadDataDir` starts it from a dump
   * (`dumpDataDir`) instead of an empty cluster: a backup, or a test run's initialised template.
   */
  static async open(dataDir?: string, { loadDataDir }: { loadDataDir?: Blob } = {}): Promise<PgliteDatabase> {
    const pglite = await PGlite.create({
      ...(dataDir === undefined ? {} : { dataDir }),
      ...(loadDataDir === undefined ? {} : { loadDataDir }),
    });
    return new PgliteDatabase(pglite);
  }

  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<SqlResult<Row>> {
    return this.lock.run(() => this.session.query<Row>(text, params));
  }

  transaction<T>(work: (session: SqlSession) => Promise<T>): Promise<T> {
    return this.lock.run(async () => {
      await this.session.query('BEGIN');
      try {
        const result = await work(this.session);
        await this.session.query('COMMIT');
        return result;
      } catch (error) {
        await this.session.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    });
  }

  withSession<T>(work: (session: SqlSession) => Promise<T>): Promise<T> {
    return this.lock.run(() => work(this.session));
  }

  async listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>> {
    const unlisten = await this.lock.run(() => this.pglite.listen(quoteIdentifier(channel), onNotify));
    return () => this.lock.run(() => unlisten());
  }

  async close(): Promise<void> {
    await this.lock.run(() => this.pglite.close());
  }
}
