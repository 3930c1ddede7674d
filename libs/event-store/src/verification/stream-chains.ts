import { createHash } from 'node:crypto';
import { canonicalEventSql } from '../postgres/canonical-event';
import type { SqlSession } from '../sql';
import type { Problem } from './problem';

interface ChainRow {
  readonly stream_name: string;
  readonly stream_position: string | number;
  readonly event_id: string;
  readonly stream_type: string;
  readonly event_hash: Uint8Array;
  readonly canonical: string;
  readonly stream_row_type: string | null;
  readonly stream_version: string | number | null;
  readonly stream_last_hash: Uint8Array | null;
}

const GENESIS = Buffer.alloc(32);

// Ordered by the primary key, with the (unique) event id after it so that even duplicated positions
// (possible only with the key dropped) are each read once and reported rather than skipped by paging.
const SELECT = `
SELECT e.stream_name, e.stream_position, e.event_id::text AS event_id, e.stream_type, e.event_hash,
       ${canonicalEventSql('e')} AS canonical,
       s.stream_type AS stream_row_type, s.version AS stream_version, s.last_hash AS stream_last_hash
  FROM events e LEFT JOIN streams s ON s.stream_name = e.stream_name`;
const ORDER = 'ORDER BY e.stream_name, e.stream_position, e.event_id LIMIT';
const FIRST_PAGE = `${SELECT} ${ORDER} $1`;
const NEXT_PAGE = `${SELECT} WHERE (e.stream_name, e.stream_position, e.event_id) > ($1, $2, $3::uuid) ${ORDER} $4`;

interface OpenStream {
  readonly name: string;
  readonly row: ChainRow;
  position: number;
  hash: Buffer;
}

const eventAt = (row: ChainRow): Pick<Problem, 'streamName' | 'streamPosition' | 'eventId'> => ({
  streamName: row.stream_name,
  streamPosition: Number(row.stream_position),
  eventId: row.event_id,
});

const describe = (row: ChainRow): string =>
  `event ${row.stream_position} of stream ${row.stream_name} (event id ${row.event_id})`;

/** The stream row must say what its last event says: how many events, and the hash to chain from. */
const closeStream = (stream: OpenStream): Problem | undefined => {
  const { row } = stream;
  const version = Number(row.stream_version);
  if (version !== stream.position)
    return {
      kind: 'stream-mismatch',
      streamName: stream.name,
      message: `stream ${stream.name} says it holds ${version} events, but its events end at ${stream.position}`,
    };
  if (!Buffer.from(row.stream_last_hash ?? []).equals(stream.hash))
    return {
      kind: 'stream-mismatch',
      streamName: stream.name,
      message: `the last hash of stream ${stream.name} is not the hash of its event ${stream.position}`,
    };
  return undefined;
};

const openStream = (row: ChainRow): OpenStream | Problem => {
  if (row.stream_version === null)
    return {
      kind: 'stream-missing',
      ...eventAt(row),
      message: `${describe(row)} belongs to a stream that has no row in streams`,
    };
  return { name: row.stream_name, row, position: 0, hash: GENESIS };
};

const checkEvent = (stream: OpenStream, row: ChainRow): Problem | undefined => {
  const position = Number(row.stream_position);
  if (position !== stream.position + 1)
    return {
      kind: 'position-gap',
      ...eventAt(row),
      message:
        position === stream.position
          ? `${describe(row)} holds a position another event of the stream holds too`
          : `stream ${row.stream_name} goes from event ${stream.position} to event ${position}: ` +
            `${position - stream.position - 1} event(s) are missing before ${describe(row)}`,
    };
  if (row.stream_type !== row.stream_row_type)
    return {
      kind: 'stream-mismatch',
      ...eventAt(row),
      message: `${describe(row)} has stream type ${row.stream_type}, its stream ${row.stream_row_type}`,
    };
  const hash = createHash('sha256').update(stream.hash).update(row.canonical, 'utf8').digest();
  if (!hash.equals(Buffer.from(row.event_hash)))
    return {
      kind: 'hash-mismatch',
      ...eventAt(row),
      message: `${describe(row)} does not match its hash chain`,
    };
  stream.position = position;
  stream.hash = hash;
  return undefined;
};

/**
 * Recomputes every stream's hash chain from the stored columns, stream by stream, in pages of
 * `batchSize` (keyset paging: a page costs the same at the end of the log as at its start).
 */
export const checkStreamChains = async (
  session: SqlSession,
  batchSize: number,
): Promise<{ readonly events: number } | { readonly problem: Problem }> => {
  let events = 0;
  let stream: OpenStream | undefined;
  let last: ChainRow | undefined;
  for (;;) {
    const { rows } = await session.query<ChainRow>(
      last ? NEXT_PAGE : FIRST_PAGE,
      last ? [last.stream_name, last.stream_position, last.event_id, batchSize] : [batchSize],
    );
    for (const row of rows) {
      if (row.stream_name !== stream?.name) {
        const closing = stream && closeStream(stream);
        if (closing) return { problem: closing };
        const opened = openStream(row);
        if ('kind' in opened) return { problem: opened };
        stream = opened;
      }
      const problem = checkEvent(stream, row);
      if (problem) return { problem };
      events += 1;
    }
    last = rows[rows.length - 1];
    if (rows.length < batchSize) break;
  }
  const closing = stream && closeStream(stream);
  if (closing) return { problem: closing };
  const empty = await session.query<{ stream_name: string; version: string | number }>(
    `SELECT s.stream_name, s.version FROM streams s
      WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.stream_name = s.stream_name)
      ORDER BY s.stream_name LIMIT 1`,
  );
  const orphan = empty.rows[0];
  if (orphan)
    return {
      problem: {
        kind: 'stream-empty',
        streamName: orphan.stream_name,
        message: `stream ${orphan.stream_name} says it holds ${orphan.version} events, but the log has none`,
      },
    };
  return { events };
};
