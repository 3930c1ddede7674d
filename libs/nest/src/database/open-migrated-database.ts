import {
  eventStoreMigrations,
  migrate,
  notaryMigrations,
  openDatabase,
  processorMigrations,
  type Migration,
  type SqlDatabase,
} from '@commonplan/event-store';
import { messagingMigrations } from '@commonplan/messaging';
import type { Logger } from 'pino';
import { authMigrations } from '../auth/auth.migrations';
import type { PlatformConfig } from '../config/platform-config';
import type { ContextContribution } from '../context/context-contribution';

/** Every migration a platform hosting `contexts` applies at its start. */
export const platformMigrations = (contexts: readonly ContextContribution[]): Migration[] => [
  ...eventStoreMigrations,
  // Projection checkpoints: every context's read models keep theirs in this one table.
  ...processorMigrations,
  ...notaryMigrations,
  ...messagingMigrations,
  ...authMigrations,
  ...contexts.flatMap((context) => context.migrations),
];

/**
 * Opens the configured database and applies every migration the hosted contexts need, before the
 * Nest container exists: a database held by another process or a changed migration then stops the
 * start with its own message instead of a dependency-injection stack trace.
 */
export const openMigratedDatabase = async (
  config: PlatformConfig,
  contexts: readonly ContextContribution[],
  logger: Logger,
): Promise<SqlDatabase> => {
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const applied = await migrate(db, platformMigrations(contexts));
    logger.info({ context: 'Database', engine: db.engine, applied }, `database ready on ${db.engine}`);
    return db;
  } catch (error) {
    // Left open, it would keep the PGlite lock and the process alive after a failed start.
    await db.close();
    throw error;
  }
};
