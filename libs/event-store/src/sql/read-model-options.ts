import { PgliteDatabase } from './pglite-database';
import { pgliteDriverFor } from './pglite-pg-driver';
import type { SqlDatabase } from './sql-database';
import type { DataSourceOptions } from 'typeorm';

/**
 * TypeORM options for the read models, on the database the event store uses. On PGlite TypeORM goes
 * through the same single session as everything else (`pgliteDriverFor`), so a projection's
 * transaction never interleaves with an append. Our SQL migrations own the schema: TypeORM never
 * creates or alters a table.
 */
export const readModelOptions = (
  db: SqlDatabase,
  databaseUrl: string | undefined,
  entities: DataSourceOptions['entities'] = [],
): DataSourceOptions => {
  const common = {
    type: 'postgres',
    entities,
    synchronize: false,
    migrationsRun: false,
  } as const;
  if (db instanceof PgliteDatabase) return { ...common, driver: pgliteDriverFor(db) };
  if (!databaseUrl) throw new Error('read models on PostgreSQL need the database URL');
  return {
    ...common,
    url: databaseUrl,
    // Same reason as the event store's pool: an idle transaction holds back every log reader.
    extra: { options: '-c idle_in_transaction_session_timeout=10000' },
  };
};
