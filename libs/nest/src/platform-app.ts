import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { EventCatalog } from '@commonplan/event-store';
import { checkContexts, type ContextContribution } from './context/context-contribution';
import { openMigratedDatabase } from './database/open-migrated-database';
import { configureHttpEdge } from './http/http-edge';
import { createHttpLogger, createRootLogger, nestLoggerFor } from './logging/logging.module';
import { publishApiDocs } from './openapi/api-docs';
import { PlatformModule, type PlatformOptions } from './platform.module';

/** Which contexts one process hosts, under which name: deploy/embedded, or an app's own main.ts. */
export interface PlatformComposition {
  /** Names the process in every log line: `commonplan` embedded, `commonplan-<context>` alone. */
  readonly name: string;
  readonly contexts: readonly ContextContribution[];
  /** See `PlatformOptions.runsNotary`. */
  readonly runsNotary?: boolean;
}

export type PlatformAppOptions = PlatformComposition & PlatformOptions;

/**
 * A ready, not yet listening, application hosting `contexts`: the database is migrated and every
 * route is mapped, so tests can drive it with supertest and `main.ts` files only have to listen.
 * The contexts are checked and the database opened before the Nest container is built, so a
 * mistake there is reported as itself.
 */
export const createPlatformApp = async (options: PlatformAppOptions): Promise<NestExpressApplication> => {
  checkContexts(options.contexts);
  const catalog = new EventCatalog(options.contexts.flatMap((context) => context.streamTypes));
  const logger = createRootLogger(options.config.logLevel, options.name);
  const db = await openMigratedDatabase(options.config, options.contexts, logger);
  let app: NestExpressApplication | undefined;
  try {
    app = await NestFactory.create<NestExpressApplication>(
      PlatformModule.forRoot(options, { logger, db, catalog }),
      {
        logger: nestLoggerFor(logger),
        // A failed start must reach our caller, which reports it and exits, instead of aborting here.
        abortOnError: false,
        // While shutting down, load balancers get a clear "go elsewhere" and kept-alive sockets are cut.
        return503OnClosing: true,
        forceCloseConnections: true,
      },
    );
    configureHttpEdge(app, createHttpLogger(logger), { corsOrigins: options.config.corsOrigins });
    publishApiDocs(
      app,
      options.contexts.map((context) => context.name),
    );
    await app.init();
    return app;
  } catch (error) {
    // Closing the application closes the database; without one, nothing else holds it.
    await (app ? app.close() : db.close()).catch(() => undefined);
    throw error;
  }
};
