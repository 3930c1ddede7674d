import { Inject, Injectable } from '@nestjs/common';
import type { SqlDatabase, SqlSession } from '@commonplan/event-store';
import type { RoleGrant } from '@commonplan/kernel';
import { SessionRevocations, SessionTokens, SQL_DATABASE } from '@commonplan/nest';

export type SignInMethod = 'access-code' | 'email-link' | 'staff-password';

/** Residents sign in rarely, often from a phone they share; staff sign in for a working day. */
const LIFETIME_SECONDS: Record<SignInMethod, number> = {
  'access-code': 30 * 24 * 3600,
  'email-link': 30 * 24 * 3600,
  'staff-password': 10 * 3600,
};

export interface StartedSession {
  readonly token: string;
  readonly participantId: string;
  readonly expiresAt: string;
}

export interface SessionRecord {
  readonly sessionId: string;
  readonly method: SignInMethod;
  readonly startedAt: string;
  readonly expiresAt: string;
  readonly endedAt: string | null;
}

interface SessionRow {
  readonly session_id: string;
  readonly method: SignInMethod;
  readonly started_at: Date | string;
  readonly expires_at: Date | string;
  readonly ended_at: Date | string | null;
}

const iso = (value: Date | string): string => new Date(value).toISOString();

/** Sessions a participant holds, so they can be listed in an export and ended all at once. */
@Injectable()
export class Sessions {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    private readonly tokens: SessionTokens,
    private readonly revocations: SessionRevocations,
  ) {}

  async start(
    session: SqlSession,
    participantId: string,
    grants: readonly RoleGrant[],
    method: SignInMethod,
  ): Promise<StartedSession> {
    const issued = this.tokens.issue(participantId, grants, LIFETIME_SECONDS[method]);
    await session.query(
      `INSERT INTO identity_sessions (session_id, participant_id, method, started_at, expires_at)
       VALUES ($1, $2, $3, now(), $4)`,
      [issued.sessionId, participantId, method, issued.expiresAt.toISOString()],
    );
    return { token: issued.token, participantId, expiresAt: issued.expiresAt.toISOString() };
  }

  async end(sessionId: string): Promise<void> {
    const { rows } = await this.db.query<{ expires_at: Date | string }>(
      'UPDATE identity_sessions SET ended_at = now() WHERE session_id = $1 AND ended_at IS NULL RETURNING expires_at',
      [sessionId],
    );
    if (rows[0]) await this.revocations.revoke([{ sessionId, expiresAt: new Date(rows[0].expires_at) }]);
  }

  /** Ends every open session, e.g. after a role was withdrawn: tokens carry roles until they expire. */
  async endAll(participantId: string): Promise<void> {
    const { rows } = await this.db.query<{ session_id: string; expires_at: Date | string }>(
      `UPDATE identity_sessions SET ended_at = now()
        WHERE participant_id = $1 AND ended_at IS NULL AND expires_at > now()
        RETURNING session_id, expires_at`,
      [participantId],
    );
    await this.revocations.revoke(
      rows.map((row) => ({ sessionId: row.session_id, expiresAt: new Date(row.expires_at) })),
    );
  }

  async of(participantId: string): Promise<SessionRecord[]> {
    const { rows } = await this.db.query<SessionRow>(
      `SELECT session_id, method, started_at, expires_at, ended_at FROM identity_sessions
        WHERE participant_id = $1 ORDER BY started_at`,
      [participantId],
    );
    return rows.map((row) => ({
      sessionId: row.session_id,
      method: row.method,
      startedAt: iso(row.started_at),
      expiresAt: iso(row.expires_at),
      endedAt: row.ended_at === null ? null : iso(row.ended_at),
    }));
  }
}
