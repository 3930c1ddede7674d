import type { DataSource, EntityManager } from 'typeorm';
import type { RecordedEvent } from '../port/event-store';
import { comparePositions, type Position } from '../port/position';
import { SessionLock } from '../sql/session-lock';
import type { Projection } from './projection';
import { lockCheckpoint, readCheckpoint, registerProjection, saveCheckpoint } from './projection-checkpoints';

export const applyEvents = async (
  projection: Projection,
  events: readonly RecordedEvent[],
  manager: EntityManager,
): Promise<void> => {
  const handled = events.filter((event) => projection.handles.includes(event.type));
  if (projection.applyAll) {
    if (handled.length > 0) await projection.applyAll(handled, manager);
    return;
  }
  for (const event of handled) await projection.apply(event, manager);
};

export interface LiveProjectionOptions {
  readonly dataSource: DataSource;
}

/**
 * How many events a projection may pass over, none of them its own, before it records how far it got
 * anyway: few enough that a restart re-reads little, many enough that a busy log is not a transaction
 * per batch for every projection that has nothing to do with it.
 */
const PASSED_OVER_BEFORE_SAVING = 1_000;

const handlesAny = (projection: Projection, events: readonly RecordedEvent[]): boolean =>
  events.some((event) => projection.handles.includes(event.type));

/**
 * One projection kept up to date from the batches its runner reads off the log, which it shares with
 * every other projection of the process: one read of the log per batch, however many read models.
 */
export class LiveProjection {
  /** Taken for each batch, and by a rebuild for its switch-over, so the two never interleave. */
  private readonly turn = new SessionLock();
  /** Events read since the checkpoint was last saved, none of which this projection handles. */
  private passedOver = 0;

  constructor(
    readonly projection: Projection,
    private readonly options: LiveProjectionOptions,
  ) {}

  /** Makes sure the projection has a checkpoint row, and tells where it stands. */
  async start(): Promise<Position> {
    const { dataSource } = this.options;
    await registerProjection(dataSource, this.projection.name);
    return (await readCheckpoint(dataSource, this.projection.name)).position;
  }

  handle(events: readonly RecordedEvent[]): Promise<void> {
    return this.turn.run(() => this.project(events));
  }

  /** Holds batches back until the returned function is called; waits for the batch under way. */
  pause(): Promise<() => void> {
    return this.turn.acquire();
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
