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
];
