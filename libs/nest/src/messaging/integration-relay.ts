import { contextTopic, type MessagePublisher } from '@commonplan/messaging';
import type { EventStore, RecordedEvent, Subscription } from '@commonplan/event-store';
import type { ContextContribution } from '../context/context-contribution';
import { publicationsByEvent, relayedMessage } from './relayed-message';

export interface IntegrationRelayOptions {
  readonly store: EventStore;
  readonly bus: MessagePublisher;
  /** The contexts of this process; those that publish nothing get no subscription. */
  readonly contexts: readonly ContextContribution[];
  readonly onError: (error: unknown, context: string, events: readonly RecordedEvent[]) => void;
}

/** The durable subscription of one context's relay, kept apart from projections' checkpoints. */
export const relaySubscriptionOf = (context: string): string => `relay:${context}`;

/**
 * Follows the log and publishes each context's integration events on its topic. A batch's checkpoint
 * is saved only after `publish` resolved for the whole batch, and a batch whose publish failed is
 * delivered again as it was, before anything newer: at least once, never past an unpublished message.
 * Its checkpoint is a durable subscription's, not a projection's, so rebuilding a read model never
 * publishes anything again. One subscription per publishing context, so its checkpoint means the same
 * whether the context runs embedded or alone.
 */
export class IntegrationRelay {
  private subscriptions: Subscription[] = [];

  constructor(private readonly options: IntegrationRelayOptions) {}

  start(): void {
    this.subscriptions = this.options.contexts
      .filter((context) => (context.publishes ?? []).length > 0)
      .map((context) => this.follow(context));
  }

  /** Resolves once everything committed before the call has been published. */
  async caughtUp(): Promise<void> {
    await Promise.all(this.subscriptions.map((subscription) => subscription.caughtUp()));
  }

  /** Lets a publish under way finish; its batch's checkpoint is then saved, or it goes out again on the next start. */
  async stop(): Promise<void> {
    const subscriptions = this.subscriptions;
    this.subscriptions = [];
    await Promise.all(subscriptions.map((subscription) => subscription.stop()));
  }

  private follow(context: ContextContribution): Subscription {
    const topic = contextTopic(context.name);
    const publicationOf = publicationsByEvent(context.publishes ?? []);
    return this.options.store.subscribe({
      name: relaySubscriptionOf(context.name),
      handle: async (events) => {
        const messages = events.flatMap((event) => {
          const publication = publicationOf(event);
          return publication ? [relayedMessage(publication, event)] : [];
        });
        if (messages.length > 0) await this.options.bus.publish(topic, messages);
      },
      onError: (error, events) => this.options.onError(error, context.name, events),
    });
  }
}
