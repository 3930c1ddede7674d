/**
 * The hash chain's definition, shared by the append function and by anyone who verifies the log
 * (`commonplan verify`, the Merkle notary). Changing a character here changes every hash: the
 * migration that embeds it would then fail its checksum, which is the point.
 */

/** The hash a stream's first event chains from. */
export const GENESIS_HASH_SQL = `decode(repeat('00', 32), 'hex')`;

/**
 * An event's canonical form: PostgreSQL's text of a jsonb array of its stored columns, which is the
 * same for equal values on every engine. `alias` names a row of `events` (a table alias, or a
 * PL/pgSQL variable of type `events`). `recorded_at` enters as whole microseconds since the epoch,
 * the precision timestamptz stores, so the form never depends on the session's time zone.
 */
export const canonicalEventSql = (alias: string): string =>
  `jsonb_build_array(${alias}.stream_name, ${alias}.stream_position, ${alias}.event_id::text, ` +
  `${alias}.event_type, ${alias}.schema_version, ${alias}.data, ${alias}.metadata, ` +
  `(floor(extract(epoch from ${alias}.recorded_at) * 1000000))::bigint)::text`;

/** `sha256(previous hash ‖ canonical event)`: an SQL expression of type bytea. */
export const eventHashSql = (previousHash: string, alias: string): string =>
  `sha256(${previousHash} || convert_to(${canonicalEventSql(alias)}, 'UTF8'))`;
