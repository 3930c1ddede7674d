export interface SqlResult<Row> {
  readonly rows: Row[];
  readonly rowCount: number;
}

export interface QueryOptions {
  /**
   * Names a statement run thousands of times with different parameters, so a server session parses and
   * plans it once. The name must always go with the same text.
   */
  readonly statementName?: string;
}

export interface SqlSession {
  query<Row = Record<string, unknown>>(
    text: string,
    params?: readonly unknown[],
    options?: QueryOptions,
  ): Promise<SqlResult<Row>>;
}

/**
 * One SQL dialect, two engines: a PostgreSQL server through `pg`, or PGlite in this process.
 * Everything that touches the database (event store, migrations, read models) goes through this,
 * so a test suite that passes on one engine says something about the other.
 */
export interface SqlDatabase extends SqlSession {
  readonly engine: 'postgres' | 'pglite';
  /** Runs `work` in one transaction on one session; commits if it resolves, rolls back if it throws. */
  transaction<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
  /** Holds one session for `work` without opening a transaction (for LISTEN, advisory locks...). */
  withSession<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
  /** Subscribes to NOTIFY on `channel`; resolves to the function that unsubscribes. */
  listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/**
 * A bytea column's value as bytes, whichever engine read it: `pg` hands out a Buffer, PGlite a
 * Uint8Array, and a value that went through JSON arrives as `\\x`-prefixed hex.
 */
export const byteaOf = (value: Uint8Array | string): Uint8Array =>
  typeof value === 'string' ? Buffer.from(value.replace(/^\\x/, ''), 'hex') : value;
