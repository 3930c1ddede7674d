import type { SqlDatabase } from '../sql/sql-database';
import type { CommitNotifier } from './commit-notifier';

/**
 * Under a steady stream of appends, a notice every few milliseconds wakes readers as well as one per
 * append would, for a fraction of the database's time.
 */
const PAUSE_BETWEEN_NOTICES_MS = 5;

/**
 * Tells every listening process that this store committed events, after the commit, with at most one
 * notice in flight: appends that commit while one is on its way, or in the pause after it, share the
 * next. A notice-only
 * transaction writes no WAL, so it holds PostgreSQL's notify lock only for an instant, where a notify
 * inside the append would hold it through the append's flush to disk. A lost notice costs latency,
 * never an event: subscribers also poll.
 */
export class CommitAnnouncer {
  private sending: Promise<void> | undefined;
  private again = false;

  constructor(
    private readonly db: SqlDatabase,
    private readonly channel: string,
    private readonly local: CommitNotifier,
  ) {}

  announce(): void {
    // No other process can open a PGlite folder, so a notice through the database would only take the
    // single session from the next append.
    if (this.db.engine === 'pglite') return this.local.wakeLocal();
    if (this.sending) {
      this.again = true;
      return;
    }
    this.sending = this.send().finally(() => (this.sending = undefined));
  }

  /** Resolves once no notice is in flight, so the database can be closed under none. */
  async settled(): Promise<void> {
    await this.sending;
  }

  private async send(): Promise<void> {
    for (;;) {
      this.again = false;
      await this.db.query("SELECT pg_notify($1, '')", [this.channel]).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, PAUSE_BETWEEN_NOTICES_MS));
      if (!this.again) return;
    }
  }
}
