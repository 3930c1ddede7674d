import { Pool, type PoolClient, type PoolConfig } from 'pg';
import type { QueryOptions, SqlDatabase, SqlResult, SqlSession } from './sql-database';

const sessionOf = (client: Pick<PoolClient, 'query'>): SqlSession => ({
  query: async <Row>(
    text: string,
    params?: readonly unknown[],
    options?: QueryOptions,
  ): Promise<SqlResult<Row>> => {
    const values = params as unknown[] | undefined;
    const result = await (options?.statementName
      ? client.query({ name: options.statementName, text, values })
      : client.query(text, values));
    return { rows: result.rows as Row[], rowCount: result.rowCount ?? 0 };
  },
});

export interface PostgresDatabaseOptions {
  readonly connectionString: string;
  readonly maxConnections?: number;
  /**
   * A session left idle inside a transaction holds back every reader of the global log (they may
   * not read past its transaction id), so such sessions are cut off.
   */
  readonly idleInTransactionTimeoutMs?: number;
}

export class PostgresDatabase implements SqlDatabase {
  readonly engine = 'postgres' as const;
  readonly pool: Pool;
  private readonly session: SqlSession;

  constructor(options: PostgresDatabaseOptions) {
    const config: PoolConfig = {
      connectionString: options.connectionString,
      max: options.maxConnections ?? 20,
      options: `-c idle_in_transaction_session_timeout=${options.idleInTransactionTimeoutMs ?? 10_000}`,
    };
    this.pool = new Pool(config);
    // An idle client losing its connection must not crash the process; the pool replaces it.
    this.pool.on('error', () => undefined);
    this.session = sessionOf(this.pool);
  }

  query<Row = Record<string, unknown>>(
    text: string,
    params?: readonly unknown[],
    options?: QueryOptions,
  ): Promise<SqlResult<Row>> {
    return this.session.query<Row>(text, params, options);
  }

  async transaction<T>(work: (session: SqlSession) => Promise<T>): Promise<T> {
    return this.withSession(async (session) => {
      await session.query('BEGIN');
      try {
        const result = await work(session);
        await session.query('COMMIT');
        return result;
      } catch (error) {
        await session.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    });
  }

  async withSession<T>(work: (session: SqlSession) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      return await work(sessionOf(client));
    } finally {
      client.release();
    }
  }

  async listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>> {
    const client = await this.pool.connect();
    const handler = (message: { channel: string; payload?: string }): void => {
      if (message.channel === channel) onNotify(message.payload ?? '');
    };
    // A dropped LISTEN connection must not crash the process; listeners fall back to polling.
    const ignoreLoss = (): void => undefined;
    client.on('notification', handler);
    client.on('error', ignoreLoss);
    await client.query(`LISTEN ${quoteIdentifier(channel)}`);
    return async () => {
      client.off('notification', handler);
      client.off('error', ignoreLoss);
      await client.query(`UNLISTEN ${quoteIdentifier(channel)}`).catch(() => undefined);
      client.release();
    };
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

export const quoteIdentifier = (name: string): string => `"${name.replaceAll('"', '""')}"`;
