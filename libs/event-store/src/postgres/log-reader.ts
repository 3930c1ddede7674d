import type { EventCatalog } from '../port/catalog';
import type { ReadAllBatch, RecordedEvent } from '../port/event-store';
import { START, type Position } from '../port/position';
import type { SqlSession } from '../sql/sql-database';
import { eventColumnsSql, toRecordedEvent, type EventRow } from './event-rows';
import { decodePosition, positionSql } from './position';

/** A `readAll` batch plus what a subscription needs to know about the horizon it was read at. */
export interface SettledBatch extends ReadAllBatch {
  /** Every transaction below this id had ended when the batch was read. */
  readonly horizon: bigint;
  /** Committed events exist at or above the horizon: an older transaction still holds them back. */
  readonly heldBack: boolean;
}

// The horizon is taken once, in the same statement that reads below it: a row committed after it was
// taken belongs to a transaction at or above it and is read next time, in its place in the order.
// `max` walks the index from its end; an EXISTS here would be planned as a scan of the whole table.
const READ_SETTLED_SQL = `
WITH settled AS MATERIALIZED (
  SELECT h.horizon, coalesce((SELECT max(held.transaction_id) FROM events held) >= h.horizon, false) AS held_back
    FROM (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS horizon) h
)
SELECT settled.horizon::text AS horizon, settled.held_back, e.*
  FROM settled
  LEFT JOIN LATERAL (
    SELECT ${eventColumnsSql('ev')}
      FROM events ev
     WHERE ev.transaction_id < settled.horizon
       AND (ev.transaction_id, ev.global_position) > ($1::text::xid8, $2::bigint)
     ORDER BY ev.transaction_id, ev.global_position
     LIMIT $3
  ) e ON true`;

const HEAD_SQL = `
SELECT ${positionSql('ev')} AS position
  FROM events ev
 WHERE ev.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
 ORDER BY ev.transaction_id DESC, ev.global_position DESC
 LIMIT 1`;

const READ_STREAM_SQL = `
SELECT ${eventColumnsSql('ev')}
  FROM events ev
 WHERE ev.stream_name = $1 AND ev.stream_position >= $2
 ORDER BY ev.stream_position
 LIMIT $3`;

// xmax: the first transaction id not yet assigned. Everything committed so far lies below it.
const FRONTIER_SQL = 'SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS frontier';

type SettledRow = { readonly horizon: string; readonly held_back: boolean } & (
  EventRow | { readonly [column in keyof EventRow]: null }
);

const isEventRow = (row: SettledRow): row is SettledRow & EventRow => row.position !== null;

/** Reads from `events`. Every query is one statement: there are no per-event round trips. */
export class LogReader {
  constructor(
    private readonly db: SqlSession,
    private readonly catalog: EventCatalog,
  ) {}

  async readSettled(after: Position, maxCount: number): Promise<SettledBatch> {
    const { transactionId, globalPosition } = decodePosition(after);
    const { rows } = await this.db.query<SettledRow>(READ_SETTLED_SQL, [
      transactionId.toString(),
      globalPosition.toString(),
      maxCount,
    ]);
    const first = rows[0]!;
    const events = rows.filter(isEventRow).map((row) => toRecordedEvent(this.catalog, row));
    return {
      events,
      checkpoint: events.at(-1)?.position ?? after,
      horizon: BigInt(first.horizon),
      heldBack: first.held_back,
    };
  }

  async readStream(
    streamName: string,
    fromVersion: number,
    maxCount: number | null,
    session: SqlSession = this.db,
  ): Promise<RecordedEvent[]> {
    const { rows } = await session.query<EventRow>(READ_STREAM_SQL, [streamName, fromVersion, maxCount]);
    return rows.map((row) => toRecordedEvent(this.catalog, row));
  }

  async head(): Promise<Position> {
    const { rows } = await this.db.query<{ position: Position }>(HEAD_SQL);
    return rows[0]?.position ?? START;
  }

  /** A transaction id that every transaction committed before this call lies below. */
  async frontier(): Promise<bigint> {
    const { rows } = await this.db.query<{ frontier: string }>(FRONTIER_SQL);
    return BigInt(rows[0]!.frontier);
  }
}
