import type { DataSource, EntityManager } from 'typeorm';
import type { EventStore, RecordedEvent, Subscription } from '../port/event-store';
import { comparePositions } from '../port/position';
import { SessionLock } from '../sql/session-lock';
import type { Projection } from './projection';
import { lockCheckpoint, readCheckpoint, registerProjection, saveCheckpoint } from './projection-checkpoints';

export const applyEvents = async (
  projection: Projection,
  events: readonly RecordedEvent[],
  manager: EntityManager,
): Promise<void> => {
  for (const event of events) {
    if (projection.handles.includes(event.type)) await projection.apply(event, manager);
  }
};

export interface LiveProjectionOptions {
  readonly store: EventStore;
  readonly dataSource: DataSource;
  readonly batchSize: number;
  readonly onError: (error: unknown, projection: string) => void;
}

/**
 * How many events a projection may pass over, none of them its own, before it records how far it got
 * anyway: few enough that a restart re-reads little, many enough that a busy log is not a transaction
 * per batch for every projection that has nothing to do with it.
 */
const PASSED_OVER_BEFORE_SAVING = 1_000;

const handlesAny = (projection: Projection, events: readonly RecordedEvent[]): boolean =>
  events.some((event) => projection.handles.includes(event.type));

/** One projection kept up to date: caught up from its checkpoint, then following the log as it grows. */
export class LiveProjection {
  /** Taken for each batch, and by a rebuild for its switch-over, so the two never interleave. */
  private readonly turn = new SessionLock();
  private subscription?: Subscription;
  /** Events read since the checkpoint was last saved, none of which this projection handles. */
  private passedOver = 0;

  constructor(
    readonly projection: Projection,
    private readonly options: LiveProjectionOptions,
  ) {}

  async start(): Promise<void> {
    const { dataSource, store, batchSize, onError } = this.options;
    const name = this.projection.name;
    await registerProjection(dataSource, name);
    const { position } = await readCheckpoint(dataSource, name);
    this.subscription = store.subscribe({
      from: position,
      batchSize,
      handle: (events) => this.turn.run(() => this.project(events)),
      onError: (error) => onError(error, name),
    });
  }

  async caughtUp(): Promise<void> {
    await this.subscription?.caughtUp();
  }

  /** Holds batches back until the returned function is called; waits for the batch under way. */
  pause(): Promise<() => void> {
    return this.turn.acquire();
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
    this.subscription = undefined;
  }

  /**
   * Rows and checkpoint commit together or not at all: a crash or a throwing `apply` leaves the
   * batch wholly unapplied, and the subscription delivers it again. Events at or before the stored
   * checkpoint are skipped, because a rebuild or another process may have moved it past them.
   */
  private async project(events: readonly RecordedEvent[]): Promise<void> {
    const name = this.projection.name;
    if (!handlesAny(this.projection, events) && this.passedOver + events.length < PASSED_OVER_BEFORE_SAVING) {
      this.passedOver += events.length;
      return;
    }
    this.passedOver = 0;
    await this.options.dataSource.transaction(async (manager) => {
      const checkpoint = await lockCheckpoint(manager, name);
      const fresh = events.filter((event) => comparePositions(event.position, checkpoint.position) > 0);
      const last = fresh[fresh.length - 1];
      if (!last) return;
      await applyEvents(this.projection, fresh, manager);
      await saveCheckpoint(manager, name, { position: last.position, generation: checkpoint.generation });
    });
  }
}
