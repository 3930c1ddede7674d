import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DatabaseError } from 'pg';
import { DatabaseInUse, MigrationChanged } from '@commonplan/event-store';
import { ConfigurationInvalid, readConfig } from './config/platform-config';
import { createPlatformApp, type PlatformComposition } from './platform-app';

/**
 * Failures an operator fixes from the message alone (a bad setting, a database held by another
 * process or unreachable, a port taken); a stack trace would only bury it.
 */
const isOperatorError = (error: unknown): error is Error =>
  error instanceof ConfigurationInvalid ||
  error instanceof DatabaseInUse ||
  error instanceof MigrationChanged ||
  error instanceof DatabaseError ||
  (error instanceof Error && 'syscall' in error);

const fail = (name: string, error: unknown): never => {
  const reason = isOperatorError(error) ? error.message : String((error as Error)?.stack ?? error);
  console.error(`${name} could not start: ${reason}`);
  process.exit(1);
};

/**
 * What a `main.ts` runs: reads the configuration from the environment, starts the composition's
 * contexts, listens on PORT, and on SIGINT or SIGTERM shuts down cleanly: requests answered, database
 * closed, PGlite lock released, exit code 0.
 */
export const startPlatform = async (composition: PlatformComposition): Promise<void> => {
  const { name } = composition;
  let app: NestExpressApplication | undefined;
  try {
    const config = readConfig(process.env);
    app = await createPlatformApp({ ...composition, config });
    app.enableShutdownHooks(['SIGINT', 'SIGTERM'], { useProcessExit: true });
    await app.listen(config.port);
    new Logger('Platform').log(
      {
        url: await app.getUrl(),
        database: config.databaseUrl ? 'postgres' : 'pglite',
        environment: config.environment,
      },
      `${name} is listening on port ${config.port}`,
    );
  } catch (error) {
    await app?.close().catch(() => undefined);
    fail(name, error);
  }
};
