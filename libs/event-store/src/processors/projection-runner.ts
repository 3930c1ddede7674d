import { NotFound } from '@commonplan/kernel';
import type { DataSource } from 'typeorm';
import type { EventStore, Subscription } from '../port/event-store';
import { comparePositions } from '../port/position';
import { LiveProjection } from './live-projection';
import type { Projection } from './projection';
import type { ProjectionCheckpoint } from './projection-checkpoints';
import { rebuildProjection } from './projection-rebuild';

export interface ProjectionRunnerOptions {
  readonly store: EventStore;
  /** Where the read models live, with every projection's entities; run `processorMigrations` first. */
  readonly dataSource: DataSource;
  readonly projections: readonly Projection[];
  /** Events per transaction. Default 500. */
  readonly batchSize?: number;
  /** Told when a batch fails; the batch is retried after a pause, never skipped. */
  readonly onError?: (error: unknown, projection: string) => void;
}

export class UnknownProjection extends NotFound {
  constructor(projection: string) {
    super('projection.unknown', `no projection named ${projection} runs here`, { projection });
  }
}

const reportToConsole = (error: unknown, projection: string): void =>
  console.error(`projection ${projection} failed; retrying its batch`, error);

/**
 * Keeps read models up to date: each projection writes its rows and its checkpoint in one
 * transaction per batch, so each event's effect lands exactly once, across crashes and restarts.
 */
export class ProjectionRunner {
  private readonly live = new Map<string, LiveProjection>();
  private readonly rebuilds = new Map<string, Promise<ProjectionCheckpoint>>();
  private readonly stopping = new AbortController();
  private subscription?: Subscription;

  constructor(private readonly options: ProjectionRunnerOptions) {
    for (const projection of options.projections) {
      if (this.live.has(projection.name)) throw new Error(`projection ${projection.name} is listed twice`);
      const missing = projection.entities.filter((entity) => !options.dataSource.hasMetadata(entity));
      if (missing.length > 0)
        throw new Error(
          `projection ${projection.name} writes ${missing.map((e) => e.name).join(', ')}, which the data source does not know`,
        );
      this.live.set(projection.name, new LiveProjection(projection, { dataSource: options.dataSource }));
    }
  }

  /**
   * Follows the log once for every projection, from the one furthest behind: each batch goes to each
   * projection in turn, and one that is ahead passes over what it has. A batch one projection fails on
   * is delivered again to all; the others have saved their checkpoints and skip what they applied.
   */
  async start(): Promise<void> {
    if (this.live.size === 0) return;
    const positions = await Promise.all([...this.live.values()].map((live) => live.start()));
    const onError = this.options.onError ?? reportToConsole;
    this.subscription = this.options.store.subscribe({
      from: positions.reduce((first, position) => (comparePositions(position, first) < 0 ? position : first)),
      batchSize: this.batchSize,
      handle: async (events) => {
        for (const live of this.live.values()) {
          try {
            await live.handle(events);
          } catch (error) {
            onError(error, live.projection.name);
            throw error;
          }
        }
      },
    });
  }

  /** Resolves once every projection has handled everything committed before the call. */
  async caughtUp(): Promise<void> {
    await this.subscription?.caughtUp();
  }

  /**
   * Rebuilds one projection from the first event into fresh tables and swaps them in; the live
   * tables keep serving until the swap. A second call while one runs joins it.
   */
  rebuild(projectionName: string): Promise<ProjectionCheckpoint> {
    const live = this.live.get(projectionName);
    if (!live) return Promise.reject(new UnknownProjection(projectionName));
    const running = this.rebuilds.get(projectionName);
    if (running) return running;
    const rebuild = rebuildProjection({
      store: this.options.store,
      dataSource: this.options.dataSource,
      projection: live.projection,
      batchSize: this.batchSize,
      pause: () => live.pause(),
      signal: this.stopping.signal,
    }).finally(() => this.rebuilds.delete(projectionName));
    this.rebuilds.set(projectionName, rebuild);
    return rebuild;
  }

  /** Abandons rebuilds under way (the live tables stay) and stops following the log. */
  async stop(): Promise<void> {
    this.stopping.abort();
    await Promise.allSettled([...this.rebuilds.values()]);
    await this.subscription?.stop();
    this.subscription = undefined;
  }

  private get batchSize(): number {
    return this.options.batchSize ?? 500;
  }
}
