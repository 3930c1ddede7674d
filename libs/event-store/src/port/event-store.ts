import type { Position } from './position';

/** `any`: no check. `no-stream`: the stream must not exist yet. A number: the stream's current version. */
export type ExpectedVersion = 'any' | 'no-stream' | number;

/**
 * Who did what, why. `actor` is a pseudonymous participant id, never a name: the log must stay
 * shareable with auditors after a person's data is erased (ARCHITECTURE.md §6).
 */
export interface EventMetadata {
  readonly correlationId: string;
  readonly causationId?: string;
  readonly commandId?: string;
  readonly actor?: string;
  readonly role?: string;
}

export interface NewEvent<Data = unknown> {
  readonly eventId: string;
  readonly type: string;
  readonly data: Data;
  readonly metadata: EventMetadata;
}

export interface RecordedEvent<Data = unknown> {
  readonly streamName: string;
  readonly streamType: string;
  /** 1 for a stream's first event. */
  readonly streamPosition: number;
  readonly position: Position;
  readonly eventId: string;
  readonly type: string;
  /** The version the event has after upcasting, i.e. the version its type has today. */
  readonly schemaVersion: number;
  /** The version it was written with; differs from `schemaVersion` when an upcaster ran on read. */
  readonly storedSchemaVersion: number;
  readonly data: Data;
  readonly metadata: EventMetadata;
  readonly recordedAt: Date;
  /** Hex sha256 of the previous event's hash and this event's canonical form. */
  readonly hash: string;
}

export interface AppendResult {
  readonly streamName: string;
  /** The stream's version after the append: pass it as the expected version of the next one. */
  readonly nextExpectedVersion: number;
  /** Position of the last event of the append. */
  readonly position: Position;
  /** False when every event id was already stored: the call was a retry and wrote nothing. */
  readonly appended: boolean;
  /** The hash chained onto the last event of the append, as `RecordedEvent.hash` tells it: a receipt. */
  readonly lastHash: string;
  /** When the last event of the append was recorded, as `RecordedEvent.recordedAt` tells it. */
  readonly lastRecordedAt: Date;
}

export interface ReadStreamOptions {
  /** Inclusive, 1-based. */
  readonly fromVersion?: number;
  readonly maxCount?: number;
}

export interface ReadAllOptions {
  /** Exclusive: events strictly after this position. */
  readonly after?: Position;
  readonly maxCount?: number;
}

export interface ReadAllBatch {
  readonly events: readonly RecordedEvent[];
  /** Where the next read continues: the last event's position, or `after` when the batch is empty. */
  readonly checkpoint: Position;
}

export type BatchHandler = (events: readonly RecordedEvent[]) => Promise<void>;

export interface SubscriptionOptions {
  /**
   * A durable subscription keeps its checkpoint in the store under this name and resumes from it;
   * without a name, the caller keeps the position (a projection stores it with its rows).
   */
  readonly name?: string;
  /** Where to start when there is no stored checkpoint. */
  readonly from?: Position;
  readonly batchSize?: number;
  readonly handle: BatchHandler;
  /** Called when `handle` throws; the batch is retried after a pause, so delivery is at least once. */
  readonly onError?: (error: unknown, events: readonly RecordedEvent[]) => void;
}

export interface Subscription {
  /** The position of the last event handled. */
  readonly position: Position;
  /** Resolves once everything committed before the call has been handled. */
  caughtUp(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The event store port. Every adapter passes the same contract suite
 * (libs/event-store/src/contract/event-store.contract.ts).
 */
export interface EventStore {
  append(
    streamName: string,
    events: readonly NewEvent[],
    expectedVersion: ExpectedVersion,
  ): Promise<AppendResult>;
  readStream(streamName: string, options?: ReadStreamOptions): Promise<readonly RecordedEvent[]>;
  /** In commit order, never past an event a slower transaction may still commit before it. */
  readAll(options?: ReadAllOptions): Promise<ReadAllBatch>;
  subscribe(options: SubscriptionOptions): Subscription;
  /**
   * The position of the last settled event, or START on an empty log. Settled means no transaction
   * still open could commit before it, so this may lag a moment behind an append that has returned;
   * to read one's own write, wait for the append's own position instead.
   */
  head(): Promise<Position>;
  close(): Promise<void>;
}
