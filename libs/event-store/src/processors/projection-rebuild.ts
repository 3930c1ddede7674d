import { Conflict } from '@commonplan/kernel';
import type { DataSource, EntityManager } from 'typeorm';
import type { EventStore } from '../port/event-store';
import { comparePositions, START, type Position } from '../port/position';
import { applyEvents } from './live-projection';
import type { Projection } from './projection';
import {
  lockCheckpoint,
  readCheckpoint,
  registerProjection,
  saveCheckpoint,
  type ProjectionCheckpoint,
} from './projection-checkpoints';
import {
  createRebuildTables,
  dropRebuildTables,
  openRebuildSource,
  swapTables,
  tablePairs,
  type TablePair,
} from './rebuild-tables';

export class RebuildSuperseded extends Conflict {
  constructor(projection: string, generation: number) {
    super(
      'projection.rebuild-superseded',
      `projection ${projection} was switched to generation ${generation} by another rebuild meanwhile`,
      { projection, generation },
    );
  }
}

export interface RebuildOptions {
  readonly store: EventStore;
  readonly dataSource: DataSource;
  readonly projection: Projection;
  readonly batchSize: number;
  /** Holds this process's live runner of the projection back; resolves to the function that resumes it. */
  readonly pause: () => Promise<() => void>;
  /** Abandons the rebuild between batches; its tables are dropped and the live ones stay. */
  readonly signal: AbortSignal;
}

const LOCK_NOT_AVAILABLE = '55P03';

/** Passes over the log before pausing the live runner, however much keeps arriving meanwhile. */
const MAX_UNPAUSED_PASSES = 5;

interface Progress {
  readonly position: Position;
  readonly batches: number;
}

const isLockTimeout = (error: unknown): boolean =>
  (error as { driverError?: { code?: string } }).driverError?.code === LOCK_NOT_AVAILABLE;

/**
 * Applies events up to the head as it is when called. Aiming at a fixed head, not at "no more events",
 * is what makes it end while events keep arriving; whatever comes after is the live runner's.
 */
const catchUp = async (options: RebuildOptions, rebuilt: DataSource, from: Position): Promise<Progress> => {
  const { store, projection, batchSize, signal } = options;
  const head = await store.head();
  let position = from;
  let batches = 0;
  while (comparePositions(position, head) < 0) {
    signal.throwIfAborted();
    const batch = await store.readAll({ after: position, maxCount: batchSize });
    if (batch.events.length === 0) break;
    await rebuilt.transaction((manager) => applyEvents(projection, batch.events, manager));
    position = batch.checkpoint;
    batches++;
  }
  return { position, batches };
};

/**
 * One transaction: the rebuilt tables take the live ones' place and the checkpoint moves to where the
 * rebuild got to. False when a runner elsewhere has projected further than that meanwhile (the rebuild
 * catches up and tries again) or when readers held the tables too long to take them over now.
 */
const switchOver = async (
  manager: EntityManager,
  name: string,
  pairs: readonly TablePair[],
  target: ProjectionCheckpoint,
): Promise<boolean> => {
  // Renaming waits for readers of the live table and queues new ones behind it: bound that wait.
  await manager.query(`SET LOCAL lock_timeout = '5s'`);
  const live = await lockCheckpoint(manager, name);
  if (live.generation !== target.generation - 1) throw new RebuildSuperseded(name, live.generation);
  if (comparePositions(live.position, target.position) > 0) return false;
  await swapTables(manager, pairs);
  await saveCheckpoint(manager, name, target);
  return true;
};

/**
 * Builds the projection from the first event into fresh tables while the live ones keep serving,
 * then swaps them in atomically. Only the projection's own tables are touched: reactors keep their
 * own checkpoints, so a rebuild sends no mail and publishes nothing again.
 */
export const rebuildProjection = async (options: RebuildOptions): Promise<ProjectionCheckpoint> => {
  const { dataSource, projection, pause } = options;
  await registerProjection(dataSource, projection.name);
  const generation = (await readCheckpoint(dataSource, projection.name)).generation + 1;
  const rebuilt = await openRebuildSource(dataSource, projection, generation);
  const pairs = tablePairs(dataSource, rebuilt);
  let switched = false;
  try {
    await rebuilt.transaction((manager) => createRebuildTables(manager, pairs));
    // What arrived during a long pass is applied in another while the live runner still runs, so the
    // pause at the switch-over only has to cover the last few events.
    let progress = await catchUp(options, rebuilt, START);
    for (let pass = 1; pass < MAX_UNPAUSED_PASSES && progress.batches > 1; pass++)
      progress = await catchUp(options, rebuilt, progress.position);
    let position = progress.position;
    while (!switched) {
      const resume = await pause();
      try {
        // Paused, the live runner cannot move on: after this catch-up the rebuild is level with it.
        position = (await catchUp(options, rebuilt, position)).position;
        const target = { position, generation };
        switched = await rebuilt
          .transaction((manager) => switchOver(manager, projection.name, pairs, target))
          .catch((error: unknown) => (isLockTimeout(error) ? false : Promise.reject(error)));
      } finally {
        resume();
      }
    }
    return { position, generation };
  } finally {
    if (!switched)
      await rebuilt.transaction((manager) => dropRebuildTables(manager, pairs)).catch(() => undefined);
    await rebuilt.destroy();
  }
};
