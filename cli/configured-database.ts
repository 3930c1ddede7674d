import { existsSync } from 'node:fs';
import path from 'node:path';
import { openDatabase, type SqlDatabase } from '@commonplan/event-store';
import type { CliContext } from './command';

export interface ConfiguredDatabase {
  readonly db: SqlDatabase;
  readonly databaseUrl: string | undefined;
}

/**
 * The database configuration names, as `npm start` would open it, or undefined (with the reason
 * written) when there is none: opening PGlite on an empty folder would create a database, and the
 * commands must not leave one behind by accident.
 */
export const openConfiguredDatabase = async ({
  env,
  output,
}: CliContext): Promise<ConfiguredDatabase | undefined> => {
  const databaseUrl = env.DATABASE_URL || undefined;
  const dataDir = env.COMMONPLAN_DATA_DIR ?? './data';
  if (!databaseUrl && !existsSync(path.join(dataDir, 'pglite', 'PG_VERSION'))) {
    output.err(
      `there is no database in ${path.resolve(dataDir)}: set DATABASE_URL, or COMMONPLAN_DATA_DIR to the data folder`,
    );
    return undefined;
  }
  return { db: await openDatabase({ databaseUrl, dataDir }), databaseUrl };
};
