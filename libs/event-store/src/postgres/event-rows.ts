import type { EventCatalog } from '../port/catalog';
import type { EventMetadata, RecordedEvent } from '../port/event-store';
import type { Position } from '../port/position';
import { positionSql } from './position';

/**
 * An `events` row as both engines return it. Numbers that may exceed 2^53 come back as text, the one
 * form pg (strings) and PGlite (numbers or bigints) agree on; the recording time as epoch milliseconds,
 * which costs far less to parse than a timestamp's text.
 */
export interface EventRow {
  readonly position: Position;
  readonly stream_name: string;
  readonly stream_type: string;
  readonly stream_position: string;
  readonly event_id: string;
  readonly event_type: string;
  readonly schema_version: number;
  readonly data: unknown;
  readonly metadata: EventMetadata;
  readonly recorded_at: number;
  readonly hash: string;
}

/** The select list for an `EventRow`, reading the `events` row called `alias`. */
export const eventColumnsSql = (alias: string): string =>
  [
    `${positionSql(alias)} AS position`,
    `${alias}.stream_name`,
    `${alias}.stream_type`,
    `${alias}.stream_position::text AS stream_position`,
    `${alias}.event_id::text AS event_id`,
    `${alias}.event_type`,
    `${alias}.schema_version`,
    `${alias}.data`,
    `${alias}.metadata`,
    `(extract(epoch FROM ${alias}.recorded_at) * 1000)::float8 AS recorded_at`,
    `encode(${alias}.event_hash, 'hex') AS hash`,
  ].join(', ');

/**
 * Upcasts on the way out: the caller sees every event as its type looks today. A stream type this
 * process does not host (another context's, in a deployment of one process per context) comes as it
 * was stored: no processor here reads its data, but the notary and verification need every event.
 */
export const toRecordedEvent = (catalog: EventCatalog, row: EventRow): RecordedEvent => {
  const current = catalog.has(row.stream_type)
    ? catalog.upcast(row.stream_type, row.event_type, row.schema_version, row.data)
    : { schemaVersion: row.schema_version, data: row.data };
  return {
    streamName: row.stream_name,
    streamType: row.stream_type,
    streamPosition: Number(row.stream_position),
    position: row.position,
    eventId: row.event_id,
    type: row.event_type,
    schemaVersion: current.schemaVersion,
    storedSchemaVersion: row.schema_version,
    data: current.data,
    metadata: row.metadata,
    recordedAt: new Date(row.recorded_at),
    hash: row.hash,
  };
};
