import {
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  type DynamicModule,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  PostgresEventStore,
  readModelOptions,
  type EventCatalog,
  type EventStore,
  type SqlDatabase,
} from '@commonplan/event-store';
import { PLATFORM_CONFIG, type PlatformConfig } from '../config/platform-config';
import { EVENT_CATALOG, EVENT_STORE, SQL_DATABASE } from './database.tokens';
import { EventStreams } from './event-streams';

/** Closes the store before the database, so no subscription is left querying a closed session. */
@Injectable()
class DatabaseShutdown implements OnApplicationShutdown {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
    await this.db.close();
    new Logger('Database').log(`${this.db.engine} database closed`);
  }
}

/**
 * The process's one database (opened and migrated by `openMigratedDatabase`) with the event store and
 * the TypeORM data source for read models on top; it closes them when the application stops.
 * Global: every context module injects these tokens.
 */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(db: SqlDatabase, catalog: EventCatalog): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [PLATFORM_CONFIG],
          useFactory: (config: PlatformConfig) => ({
            ...readModelOptions(db, config.databaseUrl),
            // Contexts register their entities with TypeOrmModule.forFeature.
            autoLoadEntities: true,
            // The database was reached and migrated a moment ago; retrying would only hide the cause.
            toRetry: () => false,
          }),
        }),
      ],
      providers: [
        { provide: SQL_DATABASE, useValue: db },
        { provide: EVENT_CATALOG, useValue: catalog },
        { provide: EVENT_STORE, useFactory: () => new PostgresEventStore(db, catalog) },
        DatabaseShutdown,
        EventStreams,
      ],
      exports: [SQL_DATABASE, EVENT_STORE, EVENT_CATALOG, EventStreams],
    };
  }
}
