import { Invalid } from '@commonplan/kernel';
import type { EventCatalog } from '../port/catalog';
import { EventIdReused, UnknownStreamType, WrongExpectedVersion } from '../port/errors';
import type { AppendResult, ExpectedVersion, NewEvent } from '../port/event-store';
import { parseStreamName } from '../port/stream-name';
import { EVENT_ID_REUSED, WRITTEN_OUT_OF_ORDER, WRONG_EXPECTED_VERSION } from './append-function';
import { encodePosition } from './position';

/** The arguments of `append_to_stream` after every check that can be made without the database. */
export interface AppendRequest {
  readonly streamType: string;
  /** NULL for "any"; 0 for "no stream". */
  readonly expectedVersion: number | null;
  /** The events as one jsonb document: one parameter, whatever the batch size. */
  readonly events: string;
}

export interface AppendRow {
  readonly stream_version: string | number;
  readonly last_transaction_id: string;
  readonly last_global_position: string;
  readonly appended: boolean;
  readonly last_hash: string;
  readonly last_recorded_at: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UNIQUE_VIOLATION = '23505';

const expectedVersionParameter = (expected: ExpectedVersion): number | null => {
  if (expected === 'any') return null;
  if (expected === 'no-stream') return 0;
  if (Number.isSafeInteger(expected) && expected >= 0) return expected;
  throw new Invalid('stream.invalid-expected-version', `${String(expected)} is not a stream version`, [
    {
      field: 'expectedVersion',
      rule: 'expected-version',
      message: 'expected version must be any, no-stream or a whole number from 0',
    },
  ]);
};

const invalidEventId = (eventId: string): Invalid =>
  new Invalid('event.invalid-id', `event id "${eventId}" is not a UUID`, [
    { field: 'eventId', rule: 'uuid', message: 'event id must be a UUID' },
  ]);

/** Validates the whole batch before the database sees any of it, so a bad event means nothing is written. */
export const prepareAppend = (
  catalog: EventCatalog,
  streamName: string,
  events: readonly NewEvent[],
  expected: ExpectedVersion,
): AppendRequest => {
  const { type: streamType } = parseStreamName(streamName);
  if (!catalog.has(streamType)) throw new UnknownStreamType(streamType);
  if (events.length === 0)
    throw new Invalid('append.no-events', `an append to ${streamName} needs at least one event`, [
      { field: 'events', rule: 'min-items', message: 'events must have at least 1 entries' },
    ]);
  const expectedVersion = expectedVersionParameter(expected);
  const ids = new Set<string>();
  const prepared = events.map((event) => {
    if (!UUID.test(event.eventId)) throw invalidEventId(event.eventId);
    const id = event.eventId.toLowerCase();
    if (ids.has(id)) throw new EventIdReused(event.eventId);
    ids.add(id);
    const { schemaVersion, data } = catalog.prepare(streamType, event.type, event.data);
    return { id, type: event.type, version: schemaVersion, data, metadata: event.metadata };
  });
  return { streamType, expectedVersion, events: JSON.stringify(prepared) };
};

export const toAppendResult = (streamName: string, row: AppendRow): AppendResult => ({
  streamName,
  nextExpectedVersion: Number(row.stream_version),
  position: encodePosition({
    transactionId: BigInt(row.last_transaction_id),
    globalPosition: BigInt(row.last_global_position),
  }),
  appended: row.appended,
  lastHash: row.last_hash,
  lastRecordedAt: new Date(row.last_recorded_at),
});

interface DatabaseFailure {
  readonly code?: unknown;
  readonly detail?: unknown;
  readonly constraint?: unknown;
}

const failureOf = (error: unknown): DatabaseFailure =>
  (typeof error === 'object' && error !== null ? error : {}) as DatabaseFailure;

/** The append lost a race for its stream's order; the same append in a new transaction will not. */
export const isWrittenOutOfOrder = (error: unknown): boolean =>
  failureOf(error).code === WRITTEN_OUT_OF_ORDER;

/** Turns what the append function raised into the port's typed errors; anything else passes through. */
export const appendFailure = (
  error: unknown,
  streamName: string,
  expected: ExpectedVersion,
  events: readonly NewEvent[],
): unknown => {
  const failure = failureOf(error);
  if (failure.code === WRONG_EXPECTED_VERSION)
    return new WrongExpectedVersion(streamName, expected, Number(failure.detail));
  if (failure.code === EVENT_ID_REUSED) return new EventIdReused(String(failure.detail));
  // Two appends to different streams raced with one event id; the stream locks did not order them.
  if (failure.code === UNIQUE_VIOLATION && failure.constraint === 'events_event_id_key') {
    const reused = /\(event_id\)=\(([^)]+)\)/.exec(String(failure.detail))?.[1];
    return new EventIdReused(reused ?? events[0]!.eventId);
  }
  return error;
};
