import type { Migration } from '../sql/migrations';

/**
 * A projection's checkpoint lives beside its rows and changes in the same transaction as they do.
 * `generation` counts rebuilds: the tables of rebuild n are built under the prefix `rb<n>_`.
 */
export const processorMigrations: readonly Migration[] = [
  {
    id: 'event-store/0200-projection-checkpoints',
    sql: `
CREATE TABLE projection_checkpoints (
  projection text PRIMARY KEY,
  position text NOT NULL,
  generation integer NOT NULL DEFAULT 0 CHECK (generation >= 0),
  updated_at timestamptz NOT NULL DEFAULT now()
);
`,
  },
];
