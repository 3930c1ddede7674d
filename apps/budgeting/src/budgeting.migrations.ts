import type { Migration } from '@commonplan/event-store';

export const budgetingMigrations: readonly Migration[] = [
  {
    id: 'budgeting/0001-project-listing',
    sql: `CREATE TABLE budgeting_projects (
  project_id uuid PRIMARY KEY,
  cycle_id uuid NOT NULL,
  title jsonb NOT NULL,
  description jsonb NOT NULL,
  category text NOT NULL,
  district text,
  cost_estimate text NOT NULL,
  cost text NOT NULL,
  feasibility text NOT NULL,
  infeasibility_reason jsonb,
  merged_into uuid,
  place jsonb
);
CREATE INDEX budgeting_projects_cycle ON budgeting_projects (cycle_id);`,
  },
  {
    id: 'budgeting/0002-ballot-secrets',
    sql: `CREATE TABLE budgeting_ballot_secrets (
  cycle_id uuid PRIMARY KEY,
  secret bytea NOT NULL
);`,
  },
  {
    id: 'budgeting/0003-voter-roll',
    sql: `CREATE TABLE budgeting_voter_roll (
  participant_id uuid PRIMARY KEY,
  level text NOT NULL CHECK (level IN ('none', 'self-declared', 'verified')),
  district text,
  age_band text
);`,
  },
  {
    id: 'budgeting/0020-counted-ballots',
    sql: `CREATE TABLE budgeting_counted_ballots (
  ballot_id text PRIMARY KEY,
  cycle_id uuid NOT NULL,
  receipt text NOT NULL,
  district text,
  kind text NOT NULL,
  projects jsonb NOT NULL,
  points jsonb,
  version integer NOT NULL,
  log_position text NOT NULL
);
CREATE INDEX budgeting_counted_ballots_cycle ON budgeting_counted_ballots (cycle_id, receipt);`,
  },
  {
    id: 'budgeting/0030-implementation',
    sql: `CREATE TABLE budgeting_funded_projects (
  project_id uuid PRIMARY KEY,
  cycle_id uuid NOT NULL,
  amount text NOT NULL,
  funded_by text NOT NULL CHECK (funded_by IN ('tally', 'override')),
  funded_at timestamptz NOT NULL
);
CREATE TABLE budgeting_implementation_updates (
  event_id uuid PRIMARY KEY,
  project_id uuid NOT NULL,
  log_position text NOT NULL,
  updated_at timestamptz NOT NULL,
  status text NOT NULL,
  progress integer NOT NULL CHECK (progress BETWEEN 0 AND 100),
  milestones jsonb NOT NULL,
  photos jsonb NOT NULL,
  note jsonb NOT NULL
);
CREATE INDEX budgeting_implementation_updates_project ON budgeting_implementation_updates (project_id, log_position);`,
  },
  {
    id: 'budgeting/0031-notifications',
    sql: `CREATE TABLE budgeting_notification_projects (
  project_id uuid PRIMARY KEY,
  title jsonb NOT NULL
);
CREATE TABLE budgeting_notification_followers (
  project_id uuid NOT NULL,
  participant_id uuid NOT NULL,
  PRIMARY KEY (project_id, participant_id)
);
CREATE TABLE budgeting_notifications (
  participant_id uuid NOT NULL,
  event_id uuid NOT NULL,
  project_id uuid NOT NULL,
  log_position text NOT NULL,
  updated_at timestamptz NOT NULL,
  project_title jsonb NOT NULL,
  status text NOT NULL,
  progress integer NOT NULL,
  note jsonb NOT NULL,
  PRIMARY KEY (participant_id, event_id)
);
CREATE INDEX budgeting_notifications_inbox ON budgeting_notifications (participant_id, log_position);`,
  },
  {
    id: 'budgeting/0032-feasibility-notices',
    sql: `ALTER TABLE budgeting_notification_projects ADD COLUMN proposed_by uuid;
ALTER TABLE budgeting_notifications ADD COLUMN kind text NOT NULL DEFAULT 'implementation-update'
  CHECK (kind IN ('implementation-update', 'feasibility-assessed'));
ALTER TABLE budgeting_notifications ALTER COLUMN progress DROP NOT NULL;`,
  },
  {
    id: 'budgeting/0033-project-supports',
    sql: `ALTER TABLE budgeting_projects ADD COLUMN supports integer NOT NULL DEFAULT 0 CHECK (supports >= 0);`,
  },
  {
    id: 'budgeting/0040-cycle-listing',
    sql: `CREATE TABLE budgeting_cycles (
  cycle_id uuid PRIMARY KEY,
  title jsonb NOT NULL,
  phase text NOT NULL,
  budget_amount text NOT NULL,
  currency text NOT NULL,
  districts jsonb NOT NULL,
  ballot_kind text NOT NULL,
  schedule jsonb NOT NULL,
  opened_at timestamptz NOT NULL
);`,
  },
];
