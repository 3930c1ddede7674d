import type { Migration } from '@commonplan/event-store';

export const consultationsMigrations: readonly Migration[] = [
  {
    id: 'consultations/0001-plan-versions',
    sql: `CREATE TABLE consultations_plans (
  plan_id uuid PRIMARY KEY,
  kind text NOT NULL,
  title text NOT NULL,
  language text NOT NULL,
  source text NOT NULL,
  drafted_by uuid NOT NULL,
  drafted_at timestamptz NOT NULL,
  draft jsonb,
  latest_version integer
);
CREATE TABLE consultations_plan_versions (
  plan_id uuid NOT NULL,
  version integer NOT NULL,
  content jsonb NOT NULL,
  derivation jsonb,
  published_at timestamptz NOT NULL,
  PRIMARY KEY (plan_id, version)
);`,
  },
  {
    id: 'consultations/0002-consultation-listing',
    sql: `CREATE TABLE consultations_consultations (
  consultation_id uuid PRIMARY KEY,
  plan_id uuid NOT NULL,
  plan_version integer NOT NULL,
  title jsonb NOT NULL,
  explanation jsonb NOT NULL,
  opens_at timestamptz NOT NULL,
  closes_at timestamptz NOT NULL,
  languages jsonb NOT NULL,
  who_may_comment text NOT NULL,
  closed boolean NOT NULL DEFAULT false,
  amendments integer NOT NULL DEFAULT 0,
  next_plan_version integer,
  outcome_published_at timestamptz
);
CREATE INDEX consultations_consultations_plan ON consultations_consultations (plan_id, plan_version);
CREATE INDEX consultations_consultations_closing ON consultations_consultations (closes_at) WHERE NOT closed;
CREATE TABLE consultations_consultation_comments (
  comment_id uuid PRIMARY KEY,
  consultation_id uuid NOT NULL,
  state text NOT NULL CHECK (state IN ('submitted', 'withdrawn', 'hidden'))
);
CREATE INDEX consultations_consultation_comments_consultation
  ON consultations_consultation_comments (consultation_id, state);`,
  },
  {
    id: 'consultations/0003-amendment-citations',
    sql: `CREATE TABLE consultations_amendment_citations (
  amendment_id uuid PRIMARY KEY,
  consultation_id uuid NOT NULL,
  comment_ids jsonb NOT NULL
);`,
  },
  {
    id: 'consultations/0010-comment-listing',
    sql: `CREATE TABLE consultations_comments (
  comment_id uuid PRIMARY KEY,
  consultation_id uuid NOT NULL,
  plan_version integer NOT NULL,
  target jsonb NOT NULL,
  text text NOT NULL,
  language text NOT NULL,
  contributor_type text NOT NULL,
  organisation_name text,
  published_as text NOT NULL CHECK (published_as IN ('anonymous', 'named')),
  channel text NOT NULL,
  contributor_id uuid,
  received_at timestamptz NOT NULL,
  withdrawn boolean NOT NULL,
  hidden_reason jsonb,
  duplicate_of uuid,
  response jsonb,
  outcome_published boolean NOT NULL
);
CREATE INDEX consultations_comments_consultation ON consultations_comments (consultation_id, received_at);
CREATE INDEX consultations_comments_contributor ON consultations_comments (contributor_id, received_at);`,
  },
  {
    id: 'consultations/0011-contributor-roll',
    sql: `CREATE TABLE consultations_contributor_roll (
  participant_id uuid PRIMARY KEY,
  level text NOT NULL CHECK (level IN ('self-declared', 'verified'))
);`,
  },
  {
    id: 'consultations/0020-outcome-reports',
    sql: `CREATE TABLE consultations_outcome_reports (
  consultation_id uuid NOT NULL,
  language text NOT NULL,
  ordinal integer NOT NULL,
  json text NOT NULL,
  csv text NOT NULL,
  html text NOT NULL,
  published_at timestamptz NOT NULL,
  PRIMARY KEY (consultation_id, language)
);`,
  },
  {
    id: 'consultations/0030-contributor-notices',
    sql: `CREATE TABLE consultations_notice_consultations (
  consultation_id uuid PRIMARY KEY,
  title jsonb NOT NULL,
  outcome_published_at timestamptz
);
CREATE TABLE consultations_notice_plan_elements (
  element_id uuid PRIMARY KEY,
  label text NOT NULL
);
CREATE TABLE consultations_notice_amendments (
  amendment_id uuid PRIMARY KEY,
  consultation_id uuid NOT NULL,
  position integer NOT NULL,
  kind text NOT NULL CHECK (kind IN ('add', 'change', 'remove')),
  measure_id uuid NOT NULL,
  number text,
  motivated_by jsonb NOT NULL,
  withdrawn boolean NOT NULL
);
CREATE INDEX consultations_notice_amendments_consultation
  ON consultations_notice_amendments (consultation_id, position);
CREATE TABLE consultations_notice_comments (
  comment_id uuid PRIMARY KEY,
  consultation_id uuid NOT NULL,
  state jsonb NOT NULL
);
CREATE INDEX consultations_notice_comments_consultation ON consultations_notice_comments (consultation_id);
CREATE TABLE consultations_contributor_notices (
  comment_id uuid PRIMARY KEY,
  consultation_id uuid NOT NULL,
  participant_id uuid NOT NULL,
  published_at timestamptz NOT NULL,
  notice jsonb NOT NULL
);
CREATE INDEX consultations_contributor_notices_participant
  ON consultations_contributor_notices (participant_id, published_at);
CREATE INDEX consultations_contributor_notices_consultation
  ON consultations_contributor_notices (consultation_id);`,
  },
];
