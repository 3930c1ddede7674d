import type { SqlDatabase } from '../sql/sql-database';

/** Records the statements sent to the database. */
export const counting = (db: SqlDatabase): { db: SqlDatabase; statements: () => string[] } => {
  const statements: string[] = [];
  const counted = Object.create(db) as SqlDatabase;
  counted.query = (text, params) => {
    statements.push(
      text.includes('append_to_stream') ? 'append' : text.includes('pg_notify') ? 'notify' : text,
    );
    return db.query(text, params);
  };
  return { db: counted, statements: () => statements };
};
