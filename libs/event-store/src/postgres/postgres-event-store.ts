import { Invalid } from '@commonplan/kernel';
import type { EventCatalog } from '../port/catalog';
import { PositionOutOfRange, UnknownStreamType } from '../port/errors';
import type {
  AppendResult,
  EventStore,
  ExpectedVersion,
  NewEvent,
  ReadAllBatch,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  Subscription,
  SubscriptionOptions,
} from '../port/event-store';
import { START, type Position } from '../port/position';
import { parseStreamName } from '../port/stream-name';
import type { SqlDatabase, SqlSession } from '../sql/sql-database';
import {
  appendFailure,
  isWrittenOutOfOrder,
  prepareAppend,
  toAppendResult,
  type AppendRow,
} from './append-request';
import { CommitAnnouncer } from './commit-announcer';
import { CommitNotifier } from './commit-notifier';
import { LogReader } from './log-reader';
import { decodePosition } from './position';
import { PostgresSubscription, type SubscriptionSource } from './subscription';

export interface PostgresEventStoreOptions {
  /** The longest a subscription waits for a commit notice before it reads anyway. Default 250 ms. */
  readonly pollIntervalMs?: number;
  /** The channel appends NOTIFY on. Stores sharing a database must share it to hear each other. */
  readonly notifyChannel?: string;
  /**
   * How long a busy subscription lets commits gather before it reads the log again. Default 20 ms on
   * PGlite, whose one session every read takes from the writers, and 5 ms on a server.
   */
  readonly gatherMs?: number;
}

const DEFAULT_BATCH_SIZE = 1000;
// Each retry runs with a newer transaction id than any writer already queued, so few are ever needed.
const MAX_APPEND_ATTEMPTS = 10;

const APPEND_SQL = `SELECT stream_version, last_transaction_id, last_global_position, appended, last_hash,
       last_recorded_at
  FROM append_to_stream($1, $2, $3::bigint, $4::text::jsonb, $5)`;

const LOAD_CHECKPOINT_SQL = 'SELECT position FROM subscription_checkpoints WHERE name = $1';

const SAVE_CHECKPOINT_SQL = `INSERT INTO subscription_checkpoints (name, position) VALUES ($1, $2)
  ON CONFLICT (name) DO UPDATE SET position = excluded.position, updated_at = now()`;

const wholeNumber = (field: string, value: number): number => {
  if (Number.isSafeInteger(value) && value >= 1) return value;
  throw new Invalid('read.invalid-count', `${field} must be a whole number from 1, not ${value}`, [
    { field, rule: 'min', message: `${field} must be a whole number from 1` },
  ]);
};

/**
 * The event store on PostgreSQL, a server or PGlite: the same SQL serves both through `SqlDatabase`.
 * Run `eventStoreMigrations` first. Closing the store stops its subscriptions; the database stays
 * open, since the caller owns it.
 */
export class PostgresEventStore implements EventStore {
  private readonly reader: LogReader;
  private readonly notifier: CommitNotifier;
  private readonly announcer: CommitAnnouncer;
  private readonly pollIntervalMs: number;
  private readonly gatherMs: number;
  private readonly channel: string;
  private readonly subscriptions = new Set<PostgresSubscription>();
  private readonly source: SubscriptionSource;

  constructor(
    private readonly db: SqlDatabase,
    private readonly catalog: EventCatalog,
    options: PostgresEventStoreOptions = {},
  ) {
    this.pollIntervalMs = options.pollIntervalMs ?? 250;
    this.gatherMs = options.gatherMs ?? (db.engine === 'pglite' ? 20 : 5);
    this.channel = options.notifyChannel ?? 'commonplan_events';
    this.reader = new LogReader(db, catalog);
    this.notifier = new CommitNotifier(db, this.channel);
    this.announcer = new CommitAnnouncer(db, this.channel, this.notifier);
    this.source = {
      readSettled: (after, maxCount) => this.reader.readSettled(after, maxCount),
      frontier: () => this.reader.frontier(),
      loadCheckpoint: async (name) => {
        const { rows } = await this.db.query<{ position: Position }>(LOAD_CHECKPOINT_SQL, [name]);
        return rows[0]?.position;
      },
      saveCheckpoint: async (name, position) => {
        await this.db.query(SAVE_CHECKPOINT_SQL, [name, position]);
      },
      onCommit: (listener) => this.notifier.add(listener),
    };
  }

  async append(
    streamName: string,
    events: readonly NewEvent[],
    expectedVersion: ExpectedVersion,
  ): Promise<AppendResult> {
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await this.write(this.db, streamName, events, expectedVersion, null);
        if (result.appended) this.announcer.announce();
        return result;
      } catch (error) {
        if (attempt === MAX_APPEND_ATTEMPTS || !isWrittenOutOfOrder(error)) throw error;
      }
    }
  }

  /**
   * Appends inside the caller's transaction, so the events commit or roll back with its other writes.
   * Not on the port: only an SQL backend can share a transaction. Keep such transactions short; until
   * they end, no reader of the whole log gets past them. When another writer of the stream with a
   * newer transaction id got there first, this fails with a serialization failure (SQLSTATE 40001)
   * and the caller retries its transaction, as it would under SERIALIZABLE.
   */
  async appendInSession(
    session: SqlSession,
    streamName: string,
    events: readonly NewEvent[],
    expectedVersion: ExpectedVersion,
  ): Promise<AppendResult> {
    return this.write(session, streamName, events, expectedVersion, this.channel);
  }

  /** `channel` null: the caller announces the commit itself, after it. */
  private async write(
    session: SqlSession,
    streamName: string,
    events: readonly NewEvent[],
    expectedVersion: ExpectedVersion,
    channel: string | null,
  ): Promise<AppendResult> {
    const request = prepareAppend(this.catalog, streamName, events, expectedVersion);
    try {
      const { rows } = await session.query<AppendRow>(
        APPEND_SQL,
        [streamName, request.streamType, request.expectedVersion, request.events, channel],
        { statementName: 'commonplan_append_to_stream_v4' },
      );
      return toAppendResult(streamName, rows[0]!);
    } catch (error) {
      throw appendFailure(error, streamName, expectedVersion, events);
    }
  }

  /** A stream that was never written reads as empty. */
  readStream(streamName: string, options: ReadStreamOptions = {}): Promise<readonly RecordedEvent[]> {
    return this.readStreamThrough(this.db, streamName, options);
  }

  /**
   * Reads a stream inside the caller's transaction, seeing what it appended itself. Not on the port,
   * like `appendInSession`; on PGlite, whose one session the transaction holds, it is the only way.
   */
  readStreamInSession(
    session: SqlSession,
    streamName: string,
    options: ReadStreamOptions = {},
  ): Promise<readonly RecordedEvent[]> {
    return this.readStreamThrough(session, streamName, options);
  }

  private async readStreamThrough(
    session: SqlSession,
    streamName: string,
    options: ReadStreamOptions,
  ): Promise<readonly RecordedEvent[]> {
    const { type } = parseStreamName(streamName);
    if (!this.catalog.has(type)) throw new UnknownStreamType(type);
    const fromVersion = options.fromVersion ?? 1;
    if (!Number.isSafeInteger(fromVersion) || fromVersion < 1)
      throw new PositionOutOfRange(
        'fromVersion',
        `fromVersion must be a whole number from 1, not ${fromVersion}`,
      );
    const maxCount = options.maxCount === undefined ? null : wholeNumber('maxCount', options.maxCount);
    return this.reader.readStream(streamName, fromVersion, maxCount, session);
  }

  async readAll(options: ReadAllOptions = {}): Promise<ReadAllBatch> {
    const maxCount = wholeNumber('maxCount', options.maxCount ?? DEFAULT_BATCH_SIZE);
    const { events, checkpoint } = await this.reader.readSettled(options.after ?? START, maxCount);
    return { events, checkpoint };
  }

  subscribe(options: SubscriptionOptions): Subscription {
    const start = options.from ?? START;
    decodePosition(start);
    const batchSize = wholeNumber('batchSize', options.batchSize ?? DEFAULT_BATCH_SIZE);
    const subscription: PostgresSubscription = new PostgresSubscription(
      this.source,
      options,
      { batchSize, pollIntervalMs: this.pollIntervalMs, gatherMs: this.gatherMs },
      start,
      () => this.subscriptions.delete(subscription),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  head(): Promise<Position> {
    return this.reader.head();
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    await this.announcer.settled();
  }
}
