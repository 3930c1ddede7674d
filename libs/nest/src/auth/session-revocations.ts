import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { SqlDatabase } from '@commonplan/event-store';
import { SQL_DATABASE } from '../database/database.tokens';

/** How stale another process's view of revocations may be; this process's own take effect at once. */
const REFRESH_MS = 2000;

export interface RevokedSession {
  readonly sessionId: string;
  /** After this the token is refused as expired anyway, so the revocation can be forgotten. */
  readonly expiresAt: Date;
}

/**
 * The revoked sessions still unexpired, held in memory so checking a token costs no query, and
 * re-read from the database so a revocation made by another process reaches this one.
 */
@Injectable()
export class SessionRevocations implements OnModuleInit, OnModuleDestroy {
  private revoked = new Set<string>();
  /** Revoked here while a reload was under way, which may have read the table before they were added. */
  private revokedDuringLoad = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private refreshing: Promise<void> | undefined;

  constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

  async onModuleInit(): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => void this.refresh().catch(() => undefined), REFRESH_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.refreshing;
  }

  isRevoked(sessionId: string): boolean {
    return this.revoked.has(sessionId);
  }

  async revoke(sessions: readonly RevokedSession[]): Promise<void> {
    if (sessions.length === 0) return;
    await this.db.query(
      `INSERT INTO auth_revoked_sessions (session_id, expires_at)
       SELECT * FROM unnest($1::text[], $2::timestamptz[]) ON CONFLICT (session_id) DO NOTHING`,
      [
        sessions.map((session) => session.sessionId),
        sessions.map((session) => session.expiresAt.toISOString()),
      ],
    );
    for (const session of sessions) {
      this.revoked.add(session.sessionId);
      this.revokedDuringLoad.add(session.sessionId);
    }
  }

  private refresh(): Promise<void> {
    this.refreshing ??= this.load().finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  private async load(): Promise<void> {
    this.revokedDuringLoad = new Set();
    await this.db.query('DELETE FROM auth_revoked_sessions WHERE expires_at < now()');
    const { rows } = await this.db.query<{ session_id: string }>(
      'SELECT session_id FROM auth_revoked_sessions',
    );
    this.revoked = new Set([...rows.map((row) => row.session_id), ...this.revokedDuringLoad]);
  }
}
