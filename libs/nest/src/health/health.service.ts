import { Inject, Injectable, Logger } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { SqlDatabase } from '@commonplan/event-store';
import {
  PLATFORM_CONTEXTS,
  type ContextContribution,
  type ContextHealth,
} from '../context/context-contribution';
import { SQL_DATABASE } from '../database/database.tokens';

export interface ContextHealthReport extends ContextHealth {
  readonly name: string;
}

export interface HealthReport {
  readonly status: 'ok' | 'unavailable';
  readonly database: SqlDatabase['engine'];
  readonly contexts: readonly ContextHealthReport[];
}

// PGlite serialises every statement: a probe stuck behind a long transaction must still answer.
const PROBE_TIMEOUT_MS = 2_000;

const withTimeout = <T>(work: Promise<T>, what: string): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} took longer than ${PROBE_TIMEOUT_MS} ms`)),
      PROBE_TIMEOUT_MS,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
};

/** Ready means: the database answers, and every hosted context has its schema and says it is up. */
@Injectable()
export class HealthService {
  private readonly logger = new Logger('Health');

  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(PLATFORM_CONTEXTS) private readonly contexts: readonly ContextContribution[],
    private readonly moduleRef: ModuleRef,
  ) {}

  async check(): Promise<HealthReport> {
    let applied: ReadonlySet<string>;
    try {
      const { rows } = await withTimeout(
        this.db.query<{ id: string }>('SELECT id FROM schema_migrations'),
        'the database probe',
      );
      applied = new Set(rows.map((row) => row.id));
    } catch (error) {
      // /health is public: the driver's message may name hosts and addresses, so it goes to the log only.
      this.logger.warn({ err: error }, 'the database probe failed');
      const reason = 'the database does not answer';
      return this.report(this.contexts.map(({ name }) => ({ name, status: 'down', reason })));
    }
    return this.report(
      await Promise.all(this.contexts.map((context) => this.checkContext(context, applied))),
    );
  }

  private async checkContext(
    context: ContextContribution,
    applied: ReadonlySet<string>,
  ): Promise<ContextHealthReport> {
    const missing = context.migrations.filter((migration) => !applied.has(migration.id));
    if (missing.length > 0)
      return { name: context.name, status: 'down', reason: `migration ${missing[0]!.id} is not applied` };
    if (!context.healthIndicator) return { name: context.name, status: 'up' };
    try {
      const indicator = this.moduleRef.get(context.healthIndicator, { strict: false });
      return { name: context.name, ...(await withTimeout(indicator.check(), `${context.name}'s check`)) };
    } catch (error) {
      this.logger.warn({ err: error, contextName: context.name }, 'a health check failed');
      return { name: context.name, status: 'down', reason: 'its health check failed' };
    }
  }

  private report(contexts: readonly ContextHealthReport[]): HealthReport {
    const down = contexts.filter((context) => context.status === 'down');
    if (down.length > 0) this.logger.warn({ down }, 'not ready');
    return {
      status: down.length === 0 ? 'ok' : 'unavailable',
      database: this.db.engine,
      contexts,
    };
  }
}
