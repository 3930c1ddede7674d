import type { Migration } from '@commonplan/event-store';

/**
 * Identity's tables. The vault keeps personal data sealed with one key per participant; deleting the
 * key is erasure. Everything else holds pseudonymous ids, digests and blind indexes only.
 */
const VAULT_SQL = `
CREATE TABLE identity_vault_keys (
  participant_id uuid PRIMARY KEY,
  wrapped_key bytea NOT NULL
);
CREATE TABLE identity_personal_data (
  participant_id uuid PRIMARY KEY REFERENCES identity_vault_keys ON DELETE CASCADE,
  sealed bytea NOT NULL,
  email_index text UNIQUE
);`;

const SIGN_IN_SQL = `
CREATE TABLE identity_sessions (
  session_id uuid PRIMARY KEY,
  participant_id uuid NOT NULL,
  method text NOT NULL,
  started_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  ended_at timestamptz
);
CREATE INDEX identity_sessions_participant ON identity_sessions (participant_id);
CREATE TABLE identity_email_links (
  digest text PRIMARY KEY,
  email_index text NOT NULL,
  sealed_email bytea NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE INDEX identity_email_links_email ON identity_email_links (email_index);
CREATE TABLE identity_staff_accounts (
  participant_id uuid PRIMARY KEY,
  username text NOT NULL UNIQUE,
  password_hash text,
  sealed_totp_secret bytea,
  last_totp_step bigint,
  enrolment_digest text UNIQUE,
  enrolment_expires_at timestamptz
);`;

const VERIFICATION_SQL = `
CREATE TABLE identity_access_codes (
  digest text PRIMARY KEY,
  batch_id uuid NOT NULL,
  district text,
  age_band text
);
CREATE TABLE identity_register_entries (
  digest text PRIMARY KEY,
  list_id uuid NOT NULL
);`;

const READ_MODELS_SQL = `
CREATE TABLE identity_personal_data_views (
  event_id uuid PRIMARY KEY,
  participant_id uuid NOT NULL,
  viewed_by uuid NOT NULL,
  viewer_roles jsonb NOT NULL,
  fields jsonb NOT NULL,
  reason text NOT NULL,
  viewed_at timestamptz NOT NULL
);
CREATE INDEX identity_personal_data_views_participant ON identity_personal_data_views (participant_id);`;

export const identityMigrations: readonly Migration[] = [
  { id: 'identity/0001-vault', sql: VAULT_SQL },
  { id: 'identity/0002-sign-in', sql: SIGN_IN_SQL },
  { id: 'identity/0003-verification', sql: VERIFICATION_SQL },
  { id: 'identity/0004-read-models', sql: READ_MODELS_SQL },
];
