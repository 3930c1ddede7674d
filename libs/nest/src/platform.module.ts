import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { ACCESS_POLICY, type AccessPolicy } from '@commonplan/contracts';
import type { EventCatalog, SqlDatabase } from '@commonplan/event-store';
import type { Logger } from 'pino';
import { AuthModule } from './auth/auth.module';
import { PLATFORM_CONFIG, type PlatformConfig } from './config/platform-config';
import { ConsistencyModule } from './consistency/consistency.module';
import { PLATFORM_CONTEXTS, type ContextContribution } from './context/context-contribution';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { ProblemFilter } from './http/problem.filter';
import { requestValidationPipe } from './http/request-validation';
import { LoggingModule } from './logging/logging.module';
import { MailModule } from './mail/mail.module';
import { MetricsModule } from './metrics/metrics.module';
import { ProcessorsModule } from './processors/processors.module';

export interface PlatformOptions {
  readonly config: PlatformConfig;
  /** The bounded contexts this process hosts: one in distributed mode, all of them embedded. */
  readonly contexts: readonly ContextContribution[];
  /**
   * Whether this process signs the notary's checkpoints. Exactly one process per database may:
   * the embedded one, or in distributed mode the reporting service, whose reports cite them.
   */
  readonly runsNotary?: boolean;
  /** Who may call which route; the platform's one table unless a test hosts routes of its own. */
  readonly accessPolicy?: AccessPolicy;
}

/** What exists before the Nest container does (see `createPlatformApp`). */
export interface PlatformResources {
  readonly logger: Logger;
  /** Open and migrated. */
  readonly db: SqlDatabase;
  readonly catalog: EventCatalog;
}

/**
 * Everything a process needs around its contexts: configuration, logs, the database with the event
 * store and read models, the command and query buses, metrics, health, and the error mapping.
 * Global, so a context module injects what it needs without importing platform modules itself.
 */
@Module({})
export class PlatformModule {
  static forRoot(
    { config, contexts, runsNotary = false, accessPolicy = ACCESS_POLICY }: PlatformOptions,
    { logger, db, catalog }: PlatformResources,
  ): DynamicModule {
    return {
      module: PlatformModule,
      global: true,
      imports: [
        LoggingModule.forRoot(logger),
        DatabaseModule.forRoot(db, catalog),
        CqrsModule.forRoot(),
        MetricsModule,
        HealthModule,
        AuthModule.forRoot(accessPolicy),
        MailModule.forRoot(config),
        ProcessorsModule.forRoot(runsNotary),
        ConsistencyModule,
        ...contexts.map((context) => context.module),
      ],
      providers: [
        { provide: PLATFORM_CONFIG, useValue: config },
        { provide: PLATFORM_CONTEXTS, useValue: contexts },
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_PIPE, useFactory: requestValidationPipe },
      ],
      exports: [PLATFORM_CONFIG, PLATFORM_CONTEXTS, MetricsModule],
    };
  }
}
