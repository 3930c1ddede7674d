import type { Migration } from '../sql/migrations';
import { APPEND_TO_STREAM_V4_SQL, STREAMS_REMEMBER_LAST_WRITER_SQL } from './append-function';
import {
  APPEND_TO_STREAM_NOTIFY_WHEN_ASKED_SQL,
  APPEND_TO_STREAM_SQL,
  APPEND_TO_STREAM_V3_SQL,
} from './append-function-history';

const STREAMS_AND_EVENTS_SQL = `
CREATE TABLE streams (
  stream_name text PRIMARY KEY,
  stream_type text NOT NULL,
  version bigint NOT NULL,
  last_hash bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE events (
  global_position bigint GENERATED ALWAYS AS IDENTITY,
  transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
  stream_name text NOT NULL,
  stream_type text NOT NULL,
  stream_position bigint NOT NULL,
  event_id uuid NOT NULL UNIQUE,
  event_type text NOT NULL,
  schema_version int NOT NULL,
  data jsonb NOT NULL,
  metadata jsonb NOT NULL,
  recorded_at timestamptz NOT NULL,
  event_hash bytea NOT NULL,
  PRIMARY KEY (stream_name, stream_position)
);

-- Readers of the whole log walk this index, in the order transactions settle.
CREATE INDEX events_settled_order ON events (transaction_id, global_position);
`;

const SUBSCRIPTION_CHECKPOINTS_SQL = `
CREATE TABLE subscription_checkpoints (
  name text PRIMARY KEY,
  position text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
`;

export const eventStoreMigrations: readonly Migration[] = [
  { id: 'event-store/0001-streams-and-events', sql: STREAMS_AND_EVENTS_SQL },
  { id: 'event-store/0002-append-to-stream', sql: APPEND_TO_STREAM_SQL },
  { id: 'event-store/0003-subscription-checkpoints', sql: SUBSCRIPTION_CHECKPOINTS_SQL },
  { id: 'event-store/0004-append-notifies-when-asked', sql: APPEND_TO_STREAM_NOTIFY_WHEN_ASKED_SQL },
  { id: 'event-store/0005-streams-remember-last-writer', sql: STREAMS_REMEMBER_LAST_WRITER_SQL },
  { id: 'event-store/0006-append-reads-last-writer-from-stream', sql: APPEND_TO_STREAM_V3_SQL },
  { id: 'event-store/0007-append-answers-with-the-last-hash', sql: APPEND_TO_STREAM_V4_SQL },
];
