import type { RecordedEvent, Subscription, SubscriptionOptions } from '../port/event-store';
import type { Position } from '../port/position';
import type { SettledBatch } from './log-reader';

/** What a subscription needs from the store it reads. */
export interface SubscriptionSource {
  readSettled(after: Position, maxCount: number): Promise<SettledBatch>;
  frontier(): Promise<bigint>;
  loadCheckpoint(name: string): Promise<Position | undefined>;
  saveCheckpoint(name: string, position: Position): Promise<void>;
  onCommit(listener: () => void): Promise<() => Promise<void>>;
}

export interface SubscriptionTiming {
  readonly batchSize: number;
  /** The longest wait for a commit notice before reading anyway. */
  readonly pollIntervalMs: number;
  /**
   * Reads start at most this often. Under a stream of commits, each would otherwise wake a read of its
   * own; gathered, one read takes them all. After a quiet spell the first notice is read at once.
   */
  readonly gatherMs: number;
}

interface CaughtUpWaiter {
  readonly frontier: bigint;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

const FIRST_SETTLE_DELAY_MS = 5;
// Held-back events are known to exist, so looking again stays cheap: a long poll must not stretch it.
const LAST_SETTLE_DELAY_MS = 1_000;
const MAX_RETRY_DELAY_MS = 30_000;

/**
 * Catch-up, then live. A commit notice wakes it at once; the poll covers what sends none, such as a
 * transaction that held the horizon back and then rolled back. When committed events are held back by
 * an older transaction that may end without a notice, it looks again soon, backing off to at most a
 * second (or the poll, if shorter).
 */
export class PostgresSubscription implements Subscription {
  private current: Position;
  private running = true;
  private started = false;
  private stopListening?: () => Promise<void>;
  /** A batch whose handler threw: delivered again, as it was, before anything newer. */
  private unhandled?: SettledBatch;
  private failures = 0;
  private settleDelayMs = FIRST_SETTLE_DELAY_MS;
  private lastReadAt = 0;
  private readonly waiters: CaughtUpWaiter[] = [];
  private readonly wake = new Wakeup();
  private readonly finished: Promise<void>;

  constructor(
    private readonly source: SubscriptionSource,
    private readonly options: SubscriptionOptions,
    private readonly timing: SubscriptionTiming,
    start: Position,
    private readonly onStopped: () => void,
  ) {
    this.current = start;
    this.finished = this.run();
  }

  get position(): Position {
    return this.current;
  }

  async caughtUp(): Promise<void> {
    const frontier = await this.source.frontier();
    return new Promise((resolve, reject) => {
      if (!this.running) return reject(new Error('the subscription was stopped'));
      this.waiters.push({ frontier, resolve, reject });
      this.wake.hurry();
    });
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake.stop();
    await this.finished;
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        await this.step();
        this.failures = 0;
      } catch (error) {
        this.failures += 1;
        this.report(error, this.unhandled?.events ?? []);
        const backoff = this.timing.pollIntervalMs * 2 ** Math.min(this.failures - 1, 16);
        await this.wake.sleep(Math.min(backoff, MAX_RETRY_DELAY_MS));
      }
    }
    await this.stopListening?.().catch((error: unknown) => this.report(error, []));
    this.waiters.splice(0).forEach((waiter) => waiter.reject(new Error('the subscription was stopped')));
    this.onStopped();
  }

  private async step(): Promise<void> {
    if (!this.started) await this.start();
    this.wake.clear();
    const batch = this.unhandled ?? (await this.readNext());
    if (batch.events.length > 0) await this.deliver(batch);
    if (batch.events.length === this.timing.batchSize) return;
    this.releaseWaiters(batch.horizon);
    if (!batch.heldBack) this.settleDelayMs = FIRST_SETTLE_DELAY_MS;
    await this.wake.wait(batch.heldBack ? this.nextSettleDelay() : this.timing.pollIntervalMs);
  }

  private async readNext(): Promise<SettledBatch> {
    // Someone waiting to read their own writes is not kept waiting for others' to gather.
    const gathering = this.lastReadAt + this.timing.gatherMs - performance.now();
    if (gathering > 0 && this.waiters.length === 0) await this.wake.gather(gathering);
    this.lastReadAt = performance.now();
    return this.source.readSettled(this.current, this.timing.batchSize);
  }

  private async start(): Promise<void> {
    this.stopListening ??= await this.source.onCommit(() => this.wake.notify());
    const stored = this.options.name ? await this.source.loadCheckpoint(this.options.name) : undefined;
    if (stored !== undefined) this.current = stored;
    this.started = true;
  }

  private async deliver(batch: SettledBatch): Promise<void> {
    this.unhandled = batch;
    await this.options.handle(batch.events);
    this.current = batch.checkpoint;
    if (this.options.name) await this.source.saveCheckpoint(this.options.name, batch.checkpoint);
    this.unhandled = undefined;
  }

  /** A read at horizon `h` that came back short has delivered everything below `h`. */
  private releaseWaiters(horizon: bigint): void {
    for (let i = this.waiters.length - 1; i >= 0; i--) {
      const waiter = this.waiters[i]!;
      if (waiter.frontier > horizon) continue;
      this.waiters.splice(i, 1);
      waiter.resolve();
    }
  }

  private nextSettleDelay(): number {
    const delay = Math.min(this.settleDelayMs, this.timing.pollIntervalMs, LAST_SETTLE_DELAY_MS);
    this.settleDelayMs = Math.min(this.settleDelayMs * 2, LAST_SETTLE_DELAY_MS);
    return delay;
  }

  private report(error: unknown, events: readonly RecordedEvent[]): void {
    try {
      if (this.options.onError) this.options.onError(error, events);
      else console.error('subscription failed; retrying', error);
    } catch {
      // A failing error reporter must not end delivery.
    }
  }
}

/**
 * Waits that a commit notice cuts short, sleeps that only stopping cuts short, and gathering pauses
 * that someone waiting to catch up cuts short.
 */
class Wakeup {
  private notified = false;
  private stopped = false;
  private onNotify?: () => void;
  private onStop?: () => void;
  private onHurry?: () => void;

  notify(): void {
    this.notified = true;
    this.onNotify?.();
  }

  /** A notice that also ends a gathering pause. */
  hurry(): void {
    this.onHurry?.();
    this.notify();
  }

  clear(): void {
    this.notified = false;
  }

  stop(): void {
    this.stopped = true;
    this.onNotify?.();
    this.onStop?.();
    this.onHurry?.();
  }

  wait(ms: number): Promise<void> {
    if (this.notified || this.stopped) return Promise.resolve();
    return this.timer(ms, (done) => (this.onNotify = done));
  }

  sleep(ms: number): Promise<void> {
    if (this.stopped) return Promise.resolve();
    return this.timer(ms, (done) => (this.onStop = done));
  }

  gather(ms: number): Promise<void> {
    if (this.stopped) return Promise.resolve();
    return this.timer(ms, (done) => (this.onHurry = done));
  }

  private timer(ms: number, register: (done: (() => void) | undefined) => void): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timeout);
        register(undefined);
        resolve();
      };
      const timeout = setTimeout(done, ms);
      register(done);
    });
  }
}
