import type { Migration } from '../sql';

/**
 * The notary's tables. `notary_state` is a single row (the key is always true) holding where the notary
 * has read to and its Merkle frontier; it changes in the same transaction as each checkpoint it writes.
 */
export const notaryMigrations: readonly Migration[] = [
  {
    id: 'event-store/0100-notary-checkpoints',
    sql: `
CREATE TABLE notary_checkpoints (
  tree_size bigint PRIMARY KEY CHECK (tree_size > 0),
  position text NOT NULL,
  root_hash bytea NOT NULL CHECK (length(root_hash) = 32),
  signed_at timestamptz NOT NULL,
  key_id text NOT NULL,
  public_key text NOT NULL,
  signature text NOT NULL
);
CREATE TABLE notary_state (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  position text NOT NULL,
  tree_size bigint NOT NULL CHECK (tree_size >= 0),
  frontier bytea NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
`,
  },
];
