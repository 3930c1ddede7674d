import { setTimeout as sleep } from 'node:timers/promises';
import type { EventStore, RecordedEvent, Subscription } from '../port/event-store';
import { DEFAULT_BACKOFF, delayAfter, type Backoff } from './backoff';
import type { Reactor, ReactorFailure } from './reactor';

export interface ReactorRunnerOptions {
  readonly store: EventStore;
  readonly reactor: Reactor;
  /** Pauses between attempts at an event whose `react` threw. */
  readonly backoff?: Backoff;
  /** Events per saved checkpoint: at most this many are handled again after a crash. Default 100. */
  readonly batchSize?: number;
  readonly onError?: (error: unknown, failure: ReactorFailure) => void;
}

const reportToConsole = (error: unknown, failure: ReactorFailure): void =>
  console.error(`reactor ${failure.reactor} failed; retrying`, failure.event?.eventId ?? '', error);

/**
 * Runs a reactor over the log through the store's durable subscription: `react` runs, then the
 * checkpoint is saved. A failing `react` is retried with growing pauses until it succeeds, and the
 * events after it wait: skipping one would lose a side effect for good.
 */
export class ReactorRunner {
  private subscription?: Subscription;
  private stopping = new AbortController();

  constructor(private readonly options: ReactorRunnerOptions) {}

  get subscriptionName(): string {
    return `reactor:${this.options.reactor.name}`;
  }

  start(): void {
    this.stopping = new AbortController();
    const stopping = this.stopping.signal;
    this.subscription = this.options.store.subscribe({
      name: this.subscriptionName,
      batchSize: this.options.batchSize ?? 100,
      handle: async (events) => {
        for (const event of events) {
          stopping.throwIfAborted();
          if (this.options.reactor.handles.includes(event.type)) await this.react(event, stopping);
        }
      },
      // Failures of `react` are reported as they happen; this hears about the log and the checkpoint.
      onError: (error) => {
        if (!stopping.aborted) this.report(error, { reactor: this.options.reactor.name });
      },
    });
  }

  async caughtUp(): Promise<void> {
    await this.subscription?.caughtUp();
  }

  /** Lets a `react` under way finish; one waiting to be retried is left for the next start. */
  async stop(): Promise<void> {
    this.stopping.abort();
    await this.subscription?.stop();
    this.subscription = undefined;
  }

  private async react(event: RecordedEvent, stopping: AbortSignal): Promise<void> {
    const { reactor, backoff = DEFAULT_BACKOFF } = this.options;
    for (let attempt = 1; ; attempt++) {
      try {
        await reactor.react(event);
        return;
      } catch (error) {
        this.report(error, { reactor: reactor.name, event, attempt });
        // Rejects when stopping, so the batch ends unacknowledged and its checkpoint stays put.
        await sleep(delayAfter(attempt, backoff), undefined, { signal: stopping });
      }
    }
  }

  private report(error: unknown, failure: ReactorFailure): void {
    (this.options.onError ?? reportToConsole)(error, failure);
  }
}
