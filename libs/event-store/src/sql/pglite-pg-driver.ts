import { EventEmitter } from 'node:events';
import { types } from '@electric-sql/pglite';
import type { PgliteDatabase } from './pglite-database';

interface PgStyleResult {
  readonly rows: unknown[];
  readonly rowCount: number;
  readonly command: string;
  readonly fields: unknown[];
}

type QueryCallback = (error: Error | null, result?: PgStyleResult) => void;

// pg hands int8 to TypeORM as text; PGlite would give a number, or a BigInt that JSON cannot carry.
const AS_PG_DOES = { parsers: { [types.INT8]: (text: string) => text } };

const commandOf = (text: string): string => text.trimStart().split(/\s+/, 1)[0]?.toUpperCase() ?? '';

/**
 * A client as `pg` hands out from its pool. It holds PGlite's session lock from `connect` until
 * `release`, so a TypeORM transaction owns the single session from START TRANSACTION to COMMIT.
 */
class PgliteClient extends EventEmitter {
  constructor(private readonly db: PgliteDatabase) {
    super();
  }

  query(
    text: string,
    params?: unknown[] | QueryCallback,
    callback?: QueryCallback,
  ): Promise<PgStyleResult> | void {
    const done = typeof params === 'function' ? params : callback;
    const values = typeof params === 'function' ? undefined : params;
    const result = this.run(text, values);
    if (!done) return result;
    result.then(
      (value) => done(null, value),
      (error: Error) => done(error),
    );
  }

  private async run(text: string, values?: unknown[]): Promise<PgStyleResult> {
    if (values && values.length > 0) {
      const result = await this.db.pglite.query(text, values, AS_PG_DOES);
      return {
        rows: result.rows,
        rowCount: result.affectedRows ?? result.rows.length,
        command: commandOf(text),
        fields: result.fields,
      };
    }
    // Like pg's simple protocol, a parameterless string may hold several statements.
    const results = await this.db.pglite.exec(text, AS_PG_DOES);
    const last = results[results.length - 1];
    return {
      rows: last?.rows ?? [],
      rowCount: last?.affectedRows ?? last?.rows.length ?? 0,
      command: commandOf(text),
      fields: last?.fields ?? [],
    };
  }
}

type ConnectCallback = (error: Error | null, client?: PgliteClient, release?: () => void) => void;

/** The `driver` option for a TypeORM `postgres` data source, so read models live in the same PGlite. */
export const pgliteDriverFor = (db: PgliteDatabase): { Pool: new () => EventEmitter } => {
  // TypeORM passes connection options to the constructor; there is nothing to connect to here.
  class Pool extends EventEmitter {
    connect(callback: ConnectCallback): void {
      db.lock.acquire().then(
        (release) => callback(null, new PgliteClient(db), release),
        (error: Error) => callback(error),
      );
    }

    end(callback?: (error?: Error) => void): void {
      callback?.();
    }
  }
  return { Pool };
};
