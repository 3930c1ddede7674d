import type { Migration } from '@commonplan/event-store';

/**
 * Revoked sessions until they would have expired anyway: every process checks tokens against this
 * list, so a sign-out or a withdrawn role takes effect everywhere within one refresh.
 */
export const authMigrations: readonly Migration[] = [
  {
    id: 'auth/0001-revoked-sessions',
    sql: `CREATE TABLE auth_revoked_sessions (
  session_id text PRIMARY KEY,
  expires_at timestamptz NOT NULL
);
CREATE INDEX auth_revoked_sessions_expiry ON auth_revoked_sessions (expires_at);`,
  },
];
