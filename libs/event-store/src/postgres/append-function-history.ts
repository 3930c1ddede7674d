import { eventHashSql, GENESIS_HASH_SQL } from './canonical-event';
import { EVENT_ID_REUSED, WRITTEN_OUT_OF_ORDER, WRONG_EXPECTED_VERSION } from './append-function';

/*
 * Earlier versions of `append_to_stream`, exactly as their migrations ran them: a migration's text is
 * checksummed, so these never change. The current version is in `append-function.ts`.
 */

/**
 * Appends a batch to one stream in one statement, so a caller pays one round trip and an append is
 * all or nothing. `p_expected_version` is NULL for "any" and 0 for "no stream yet" (a stream exists
 * once it holds an event). `p_events` is a jsonb array of {id, type, version, data, metadata}, already
 * validated against the catalog.
 *
 * Writers of one stream queue on its `streams` row; writers of different streams share no row.
 * Idempotency is checked after taking that lock, so a retry racing its original sees the original.
 *
 * The whole log is read in transaction id order, so a stream's events keep their order there only if
 * each writer of the stream has a newer transaction id than the one before. But a transaction gets its
 * id at its first write, not when it takes the stream's lock, and waiting writers are not granted the
 * lock in id order; so a writer whose id is older than the last writer's gives up with a serialization
 * failure, and runs again in a new transaction.
 */
export const APPEND_TO_STREAM_SQL = `
CREATE FUNCTION append_to_stream(
  p_stream_name text,
  p_stream_type text,
  p_expected_version bigint,
  p_events jsonb,
  p_channel text
) RETURNS TABLE (stream_version bigint, last_transaction_id text, last_global_position text, appended boolean)
LANGUAGE plpgsql AS $fn$
DECLARE
  v_count int := jsonb_array_length(p_events);
  v_ids uuid[];
  v_types text[];
  v_versions int[];
  v_data jsonb[];
  v_metadata jsonb[];
  v_hashes bytea[];
  v_version bigint;
  v_hash bytea;
  v_created boolean := false;
  v_seen boolean := false;
  v_last_writer xid8;
  v_found int;
  v_offsets int;
  v_last_found bigint;
  v_changed uuid;
  v_first_found uuid;
  v_reused uuid;
  v_recorded_at timestamptz;
  v_event jsonb;
  pending events%ROWTYPE;
BEGIN
  IF v_count = 0 THEN
    RAISE EXCEPTION 'append_to_stream needs at least one event' USING ERRCODE = '22023';
  END IF;
  FOR i IN 1..v_count LOOP
    v_event := p_events->(i - 1);
    v_ids[i] := (v_event->>'id')::uuid;
    v_types[i] := v_event->>'type';
    v_versions[i] := (v_event->>'version')::int;
    v_data[i] := v_event->'data';
    v_metadata[i] := v_event->'metadata';
  END LOOP;

  SELECT s.version, s.last_hash INTO v_version, v_hash
    FROM streams s WHERE s.stream_name = p_stream_name FOR UPDATE;
  IF NOT FOUND THEN
    INSERT INTO streams (stream_name, stream_type, version, last_hash)
      VALUES (p_stream_name, p_stream_type, 0, ${GENESIS_HASH_SQL})
      ON CONFLICT (stream_name) DO NOTHING;
    v_created := FOUND;
    IF v_created THEN
      v_version := 0;
      v_hash := ${GENESIS_HASH_SQL};
    ELSE
      -- Another writer created the stream between our two statements and has committed by now.
      SELECT s.version, s.last_hash INTO v_version, v_hash
        FROM streams s WHERE s.stream_name = p_stream_name FOR UPDATE;
    END IF;
  END IF;

  -- Only a batch whose first id is stored can be a retry. A stream created just now holds no retry,
  -- and an id stored elsewhere, or not first in the batch, trips the unique index on insert.
  IF NOT v_created THEN
    SELECT (SELECT e.transaction_id FROM events e
             WHERE e.stream_name = p_stream_name AND e.stream_position = v_version),
           EXISTS (SELECT 1 FROM events e WHERE e.event_id = v_ids[1])
      INTO v_last_writer, v_seen;
  END IF;

  IF v_seen THEN
    -- A retry carries the same ids, in the same order, for the same content in the same stream.
    SELECT count(*), count(DISTINCT e.stream_position - i.ord), max(e.stream_position),
           (array_agg(e.event_id ORDER BY i.ord) FILTER (
              WHERE e.stream_name <> p_stream_name OR e.event_type <> i.type OR e.data <> i.data))[1],
           (array_agg(e.event_id ORDER BY i.ord))[1]
      INTO v_found, v_offsets, v_last_found, v_changed, v_first_found
      FROM unnest(v_ids, v_types, v_data) WITH ORDINALITY AS i(id, type, data, ord)
      JOIN events e ON e.event_id = i.id;
    IF v_changed IS NOT NULL OR v_found < v_count OR v_offsets > 1 THEN
      v_reused := coalesce(v_changed, v_first_found);
      RAISE EXCEPTION 'event id % reused', v_reused USING ERRCODE = '${EVENT_ID_REUSED}', DETAIL = v_reused::text;
    END IF;
    RETURN QUERY SELECT e.stream_position, e.transaction_id::text, e.global_position::text, false
      FROM events e WHERE e.stream_name = p_stream_name AND e.stream_position = v_last_found;
    RETURN;
  END IF;

  IF p_expected_version IS NOT NULL AND p_expected_version <> v_version THEN
    RAISE EXCEPTION 'stream % is at version %', p_stream_name, v_version
      USING ERRCODE = '${WRONG_EXPECTED_VERSION}', DETAIL = v_version::text;
  END IF;
  IF v_last_writer > pg_current_xact_id() THEN
    RAISE EXCEPTION 'stream % was last written by a newer transaction; retry in a new one', p_stream_name
      USING ERRCODE = '${WRITTEN_OUT_OF_ORDER}';
  END IF;

  v_recorded_at := clock_timestamp();
  pending.stream_name := p_stream_name;
  pending.recorded_at := v_recorded_at;
  FOR i IN 1..v_count LOOP
    pending.stream_position := v_version + i;
    pending.event_id := v_ids[i];
    pending.event_type := v_types[i];
    pending.schema_version := v_versions[i];
    pending.data := v_data[i];
    pending.metadata := v_metadata[i];
    v_hash := ${eventHashSql('v_hash', 'pending')};
    v_hashes[i] := v_hash;
  END LOOP;

  RETURN QUERY
    WITH written AS (
      INSERT INTO events (stream_name, stream_type, stream_position, event_id, event_type, schema_version,
                          data, metadata, recorded_at, event_hash)
      SELECT p_stream_name, p_stream_type, v_version + w.ord, w.id, w.type, w.version, w.data, w.metadata,
             v_recorded_at, w.hash
        FROM unnest(v_ids, v_types, v_versions, v_data, v_metadata, v_hashes)
             WITH ORDINALITY AS w(id, type, version, data, metadata, hash, ord)
       ORDER BY w.ord
      RETURNING global_position
    ), bumped AS (
      UPDATE streams SET version = v_version + v_count, last_hash = v_hash, updated_at = v_recorded_at
       WHERE stream_name = p_stream_name
    )
    SELECT v_version + v_count, pg_current_xact_id()::text, max(written.global_position)::text, true
      FROM written;
  PERFORM pg_notify(p_channel, '');
END
$fn$;
`;

const IN_TRANSACTION_NOTIFY = "  PERFORM pg_notify(p_channel, '');\n";

/**
 * The same function, notifying only when given a channel. PostgreSQL holds one server-wide lock from a
 * notifying transaction's commit until its WAL is flushed, so notifying inside every append keeps
 * concurrent commits from being flushed together (about half the single-append throughput). `append`
 * now commits without it and announces afterwards (`CommitAnnouncer`); a caller's own transaction
 * (`appendInSession`) still notifies inside, since only its commit may wake readers.
 */
export const APPEND_TO_STREAM_NOTIFY_WHEN_ASKED_SQL = (() => {
  if (
    !APPEND_TO_STREAM_SQL.includes(IN_TRANSACTION_NOTIFY) ||
    !APPEND_TO_STREAM_SQL.includes('CREATE FUNCTION')
  )
    throw new Error('append_to_stream no longer has the shape its second version rewrites');
  return APPEND_TO_STREAM_SQL.replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION').replace(
    IN_TRANSACTION_NOTIFY,
    "  IF p_channel IS NOT NULL THEN\n    PERFORM pg_notify(p_channel, '');\n  END IF;\n",
  );
})();

/**
 * Appends a batch to one stream in one statement, so a caller pays one round trip and an append is
 * all or nothing. `p_expected_version` is NULL for "any" and 0 for "no stream yet" (a stream exists
 * once it holds an event). `p_events` is a jsonb array of {id, type, version, data, metadata}, already
 * validated against the catalog. `p_channel`, when given, is notified inside the transaction.
 *
 * Writers of one stream queue on its `streams` row; writers of different streams share no row. A new
 * stream's row is inserted with its final version and hash; if another writer created it meanwhile,
 * the append starts again on that row. Idempotency is checked after taking the lock, so a retry racing
 * its original sees the original.
 *
 * The whole log is read in transaction id order, so a stream's events keep their order there only if
 * each writer of the stream has a newer transaction id than the one before. But a transaction gets its
 * id at its first write, not when it takes the stream's lock, and waiting writers are not granted the
 * lock in id order; so a writer whose id is older than the last writer's gives up with a serialization
 * failure, and runs again in a new transaction.
 */
export const APPEND_TO_STREAM_V3_SQL = `
CREATE OR REPLACE FUNCTION append_to_stream(
  p_stream_name text,
  p_stream_type text,
  p_expected_version bigint,
  p_events jsonb,
  p_channel text
) RETURNS TABLE (stream_version bigint, last_transaction_id text, last_global_position text, appended boolean)
LANGUAGE plpgsql AS $fn$
DECLARE
  v_count int := jsonb_array_length(p_events);
  v_ids uuid[];
  v_types text[];
  v_versions int[];
  v_data jsonb[];
  v_metadata jsonb[];
  v_hashes bytea[];
  v_version bigint;
  v_hash bytea;
  v_exists boolean;
  v_last_writer xid8;
  v_writer xid8;
  v_found int;
  v_offsets int;
  v_last_found bigint;
  v_changed uuid;
  v_first_found uuid;
  v_reused uuid;
  v_event jsonb;
  v_position bigint;
  pending events%ROWTYPE;
BEGIN
  IF v_count = 0 THEN
    RAISE EXCEPTION 'append_to_stream needs at least one event' USING ERRCODE = '22023';
  END IF;
  pending.stream_name := p_stream_name;
  pending.recorded_at := clock_timestamp();

  -- The common case, one event at an exact version of an existing stream, in two statements: the
  -- stream's row is checked and moved on in one update, without first locking it to read it.
  IF v_count = 1 AND p_expected_version > 0 THEN
    v_event := p_events->0;
    pending.stream_position := p_expected_version + 1;
    pending.event_id := (v_event->>'id')::uuid;
    pending.event_type := v_event->>'type';
    pending.schema_version := (v_event->>'version')::int;
    pending.data := v_event->'data';
    pending.metadata := v_event->'metadata';
    v_writer := pg_current_xact_id();
    UPDATE streams s SET version = pending.stream_position, last_hash = ${eventHashSql('s.last_hash', 'pending')},
                         last_transaction_id = v_writer, updated_at = pending.recorded_at
     WHERE s.stream_name = p_stream_name AND s.version = p_expected_version
       AND coalesce(s.last_transaction_id <= v_writer, true)
    RETURNING s.last_hash INTO v_hash;
    IF FOUND THEN
      INSERT INTO events (stream_name, stream_type, stream_position, event_id, event_type, schema_version,
                          data, metadata, recorded_at, event_hash)
        VALUES (p_stream_name, p_stream_type, pending.stream_position, pending.event_id, pending.event_type,
                pending.schema_version, pending.data, pending.metadata, pending.recorded_at, v_hash)
        ON CONFLICT (event_id) DO NOTHING
        RETURNING global_position INTO v_position;
      IF FOUND THEN
        IF p_channel IS NOT NULL THEN
          PERFORM pg_notify(p_channel, '');
        END IF;
        RETURN QUERY SELECT pending.stream_position, v_writer::text, v_position::text, true;
        RETURN;
      END IF;
      -- The id is stored already, by a retry's original or as a reuse: the stream goes back to its last
      -- event, and the checks below tell which it was.
      UPDATE streams s SET version = e.stream_position, last_hash = e.event_hash,
                           last_transaction_id = e.transaction_id, updated_at = e.recorded_at
        FROM events e
       WHERE s.stream_name = p_stream_name AND e.stream_name = p_stream_name
         AND e.stream_position = p_expected_version;
    END IF;
  END IF;

  FOR i IN 1..v_count LOOP
    v_event := p_events->(i - 1);
    v_ids[i] := (v_event->>'id')::uuid;
    v_types[i] := v_event->>'type';
    v_versions[i] := (v_event->>'version')::int;
    v_data[i] := v_event->'data';
    v_metadata[i] := v_event->'metadata';
  END LOOP;

  LOOP
    SELECT s.version, s.last_hash, s.last_transaction_id INTO v_version, v_hash, v_last_writer
      FROM streams s WHERE s.stream_name = p_stream_name FOR UPDATE;
    v_exists := FOUND;
    IF NOT v_exists THEN
      v_version := 0;
      v_hash := ${GENESIS_HASH_SQL};
    ELSIF EXISTS (SELECT 1 FROM events e WHERE e.event_id = v_ids[1]) THEN
      -- Only a batch whose first id is stored can be a retry: it carries the same ids, in the same
      -- order, for the same content in the same stream. Any other reuse trips the unique index.
      SELECT count(*), count(DISTINCT e.stream_position - i.ord), max(e.stream_position),
             (array_agg(e.event_id ORDER BY i.ord) FILTER (
                WHERE e.stream_name <> p_stream_name OR e.event_type <> i.type OR e.data <> i.data))[1],
             (array_agg(e.event_id ORDER BY i.ord))[1]
        INTO v_found, v_offsets, v_last_found, v_changed, v_first_found
        FROM unnest(v_ids, v_types, v_data) WITH ORDINALITY AS i(id, type, data, ord)
        JOIN events e ON e.event_id = i.id;
      IF v_changed IS NOT NULL OR v_found < v_count OR v_offsets > 1 THEN
        v_reused := coalesce(v_changed, v_first_found);
        RAISE EXCEPTION 'event id % reused', v_reused USING ERRCODE = '${EVENT_ID_REUSED}', DETAIL = v_reused::text;
      END IF;
      RETURN QUERY SELECT e.stream_position, e.transaction_id::text, e.global_position::text, false
        FROM events e WHERE e.stream_name = p_stream_name AND e.stream_position = v_last_found;
      RETURN;
    END IF;

    IF p_expected_version IS NOT NULL AND p_expected_version <> v_version THEN
      RAISE EXCEPTION 'stream % is at version %', p_stream_name, v_version
        USING ERRCODE = '${WRONG_EXPECTED_VERSION}', DETAIL = v_version::text;
    END IF;
    v_writer := pg_current_xact_id();
    IF v_last_writer > v_writer THEN
      RAISE EXCEPTION 'stream % was last written by a newer transaction; retry in a new one', p_stream_name
        USING ERRCODE = '${WRITTEN_OUT_OF_ORDER}';
    END IF;

    FOR i IN 1..v_count LOOP
      pending.stream_position := v_version + i;
      pending.event_id := v_ids[i];
      pending.event_type := v_types[i];
      pending.schema_version := v_versions[i];
      pending.data := v_data[i];
      pending.metadata := v_metadata[i];
      v_hash := ${eventHashSql('v_hash', 'pending')};
      v_hashes[i] := v_hash;
    END LOOP;

    IF v_exists THEN
      UPDATE streams SET version = v_version + v_count, last_hash = v_hash,
                         last_transaction_id = v_writer, updated_at = pending.recorded_at
       WHERE stream_name = p_stream_name;
      EXIT;
    END IF;
    INSERT INTO streams (stream_name, stream_type, version, last_hash, last_transaction_id, created_at, updated_at)
      VALUES (p_stream_name, p_stream_type, v_count, v_hash, v_writer, pending.recorded_at, pending.recorded_at)
      ON CONFLICT (stream_name) DO NOTHING;
    EXIT WHEN FOUND;
  END LOOP;

  RETURN QUERY
    WITH written AS (
      INSERT INTO events (stream_name, stream_type, stream_position, event_id, event_type, schema_version,
                          data, metadata, recorded_at, event_hash)
      SELECT p_stream_name, p_stream_type, v_version + w.ord, w.id, w.type, w.version, w.data, w.metadata,
             pending.recorded_at, w.hash
        FROM unnest(v_ids, v_types, v_versions, v_data, v_metadata, v_hashes)
             WITH ORDINALITY AS w(id, type, version, data, metadata, hash, ord)
       ORDER BY w.ord
      RETURNING global_position
    )
    SELECT v_version + v_count, v_writer::text, max(written.global_position)::text, true FROM written;
  IF p_channel IS NOT NULL THEN
    PERFORM pg_notify(p_channel, '');
  END IF;
END
$fn$;
`;
