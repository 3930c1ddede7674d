import { Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { ReactorRunner, type EventStore, type RecordedEvent } from '@commonplan/event-store';

/**
 * A reactor that runs as long as the application does: started once Nest has wired every provider,
 * stopped before it shuts down, a failed reaction logged (by event id, never its data) and tried again.
 */
export abstract class HostedReactor implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly runner: ReactorRunner;

  protected constructor(
    store: EventStore,
    reactor: { readonly name: string; readonly handles: readonly string[] },
    whenFailing: string,
  ) {
    const logger = new Logger(this.constructor.name);
    this.runner = new ReactorRunner({
      store,
      reactor: { ...reactor, react: (event) => this.react(event) },
      onError: (error, failure) =>
        logger.warn({ err: error, eventId: failure.event?.eventId, attempt: failure.attempt }, whenFailing),
    });
  }

  protected abstract react(event: RecordedEvent): Promise<void>;

  onApplicationBootstrap(): void {
    this.runner.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.runner.stop();
  }

  /** Resolves once every event so far has been reacted to. */
  async caughtUp(): Promise<void> {
    await this.runner.caughtUp();
  }
}
