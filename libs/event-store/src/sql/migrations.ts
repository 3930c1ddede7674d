import { createHash } from 'node:crypto';
import type { SqlDatabase } from './sql-database';

/**
 * One schema change, applied once, in order, and never edited afterwards: its checksum is stored, and
 * a changed migration stops the start-up rather than leave two databases with different shapes.
 */
export interface Migration {
  /** Sorts the migrations: `<context>/<NNNN>-<what>`, e.g. `event-store/0001-streams-and-events`. */
  readonly id: string;
  readonly sql: string;
}

export class MigrationChanged extends Error {
  constructor(readonly id: string) {
    super(`migration ${id} was changed after it was applied; add a new migration instead`);
  }
}

const checksum = (sql: string): string => createHash('sha256').update(sql).digest('hex');

// Any fixed number will do: it only has to be the same for every process running migrations.
const MIGRATION_LOCK = 7_246_319;

/** Applies the migrations not yet applied, each in its own transaction; returns their ids. */
export const migrate = async (db: SqlDatabase, migrations: readonly Migration[]): Promise<string[]> => {
  const ordered = [...migrations].sort((a, b) => a.id.localeCompare(b.id));
  return db.withSession(async (session) => {
    await session.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await session.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        id text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
      const { rows } = await session.query<{ id: string; checksum: string }>(
        'SELECT id, checksum FROM schema_migrations',
      );
      const applied = new Map(rows.map((row) => [row.id, row.checksum]));
      const done: string[] = [];
      for (const migration of ordered) {
        const stored = applied.get(migration.id);
        if (stored !== undefined) {
          if (stored !== checksum(migration.sql)) throw new MigrationChanged(migration.id);
          continue;
        }
        await session.query('BEGIN');
        try {
          await session.query(migration.sql);
          await session.query('INSERT INTO schema_migrations (id, checksum) VALUES ($1, $2)', [
            migration.id,
            checksum(migration.sql),
          ]);
          await session.query('COMMIT');
        } catch (error) {
          await session.query('ROLLBACK');
          throw error;
        }
        done.push(migration.id);
      }
      return done;
    } finally {
      await session.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  });
};
