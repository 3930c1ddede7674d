import {
  comparePositions,
  type EventStore,
  type Position,
  type RecordedEvent,
  type Subscription,
} from '../port';
import { SessionLock, type SqlDatabase } from '../sql';
import { signCheckpoint, type NotaryCheckpoint } from './checkpoint';
import { MerkleAccumulator } from './merkle';
import { latestNotaryCheckpoint, loadProgress, NotaryConflict, saveCheckpoint } from './notary-tables';
import type { NotaryKey } from './signing-key';

export interface NotaryOptions {
  readonly db: SqlDatabase;
  readonly store: EventStore;
  readonly key: NotaryKey;
  /** Sign a checkpoint once this many events have been folded since the last one. */
  readonly checkpointEvery?: number;
  /** Also sign one this often while there are events not yet under a checkpoint. */
  readonly checkpointIntervalMs?: number;
  readonly batchSize?: number;
  readonly clock?: () => Date;
  readonly onError?: (error: unknown) => void;
}

const HASH = /^[0-9a-f]{64}$/;

const leafOf = (event: RecordedEvent): Buffer => {
  if (!HASH.test(event.hash))
    throw new Error(`event ${event.eventId} has no SHA-256 hash to notarise ("${event.hash}")`);
  return Buffer.from(event.hash, 'hex');
};

/**
 * Folds every event's hash, in settled order, into an RFC 6962 Merkle tree and signs checkpoints of
 * it (ARCHITECTURE.md §7), so rewriting history is caught even where the per-stream hash chains were
 * rewritten consistently.
 *
 * Exactly once: the tree and the position it has read to are saved with each checkpoint in one
 * transaction, and the notary resumes from them with a subscription whose position it keeps itself
 * (no store-kept checkpoint that could drift from the tree). A redelivered batch is skipped by
 * position, and the settled order never places a new event before a position already read.
 */
export class Notary {
  private readonly lock = new SessionLock();
  private readonly every: number;
  private readonly clock: () => Date;
  private readonly report: (error: unknown) => void;
  private subscription?: Subscription;
  private timer?: NodeJS.Timeout;
  private savedSize: number;
  private failure?: Error;
  private stopping = false;
  private closed = false;

  private constructor(
    private readonly options: NotaryOptions,
    private position: Position,
    private readonly tree: MerkleAccumulator,
    private last: NotaryCheckpoint | undefined,
  ) {
    this.every = options.checkpointEvery ?? 1000;
    this.clock = options.clock ?? (() => new Date());
    this.report = options.onError ?? ((error) => console.error('notary:', error));
    this.savedSize = tree.size;
  }

  /** Resumes from the saved state and follows the log; the first checkpoint follows catching up. */
  static async start(options: NotaryOptions): Promise<Notary> {
    const progress = await loadProgress(options.db);
    const last = await latestNotaryCheckpoint(options.db);
    const notary = new Notary(options, progress.position, progress.tree, last);
    notary.follow();
    return notary;
  }

  /** The number of events folded so far, checkpointed or not. */
  get treeSize(): number {
    return this.tree.size;
  }

  /** Catches up with everything committed before the call and signs a checkpoint of it. */
  async checkpointNow(): Promise<NotaryCheckpoint | undefined> {
    await this.subscription?.caughtUp();
    return this.checkpoint();
  }

  /** Stops following the log and checkpoints what was folded, so a restart has nothing to redo. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearInterval(this.timer);
    await this.subscription?.stop();
    if (!this.failure) await this.checkpoint();
    this.closed = true;
  }

  private follow(): void {
    const subscription = this.options.store.subscribe({
      from: this.position,
      batchSize: this.options.batchSize,
      handle: (events) => this.fold(events),
      onError: (error) => this.report(error),
    });
    this.subscription = subscription;
    subscription
      .caughtUp()
      .then(() => this.checkpoint())
      // Stopping before catching up rejects the wait: that is a shutdown, not a failure.
      .catch((error: unknown) => this.stopping || this.report(error));
    this.timer = setInterval(
      () => void this.checkpoint().catch((error: unknown) => this.report(error)),
      this.options.checkpointIntervalMs ?? 60_000,
    );
    // A notary waiting for its next checkpoint is no reason to keep the process alive.
    this.timer.unref();
  }

  private async fold(events: readonly RecordedEvent[]): Promise<void> {
    for (const event of events) {
      if (this.failure || this.closed) return;
      if (comparePositions(event.position, this.position) <= 0) continue;
      // Appending and moving the position happen with no await between, so a checkpoint never sees one
      // without the other.
      this.tree.append(leafOf(event));
      this.position = event.position;
      if (this.tree.size - this.savedSize >= this.every) await this.checkpoint();
    }
  }

  private checkpoint(): Promise<NotaryCheckpoint | undefined> {
    return this.lock.run(async () => {
      if (this.failure) throw this.failure;
      if (this.closed || this.tree.size === this.savedSize) return this.last;
      const tree = MerkleAccumulator.restore(this.tree.state());
      const checkpoint = signCheckpoint(this.options.key, {
        position: this.position,
        treeSize: tree.size,
        rootHash: tree.root().toString('hex'),
        signedAt: this.clock(),
      });
      try {
        await this.options.db.transaction((session) =>
          saveCheckpoint(session, this.savedSize, checkpoint, this.options.key.publicKey, tree),
        );
      } catch (error) {
        // Its tree no longer matches what is stored: folding on would only produce more refusals.
        if (error instanceof NotaryConflict) this.halt(error);
        throw error;
      }
      this.savedSize = tree.size;
      this.last = checkpoint;
      return checkpoint;
    });
  }

  private halt(error: Error): void {
    this.failure = error;
    clearInterval(this.timer);
  }
}
