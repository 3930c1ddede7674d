import type { Type } from '@nestjs/common';
import { readIntegrationEvent } from '@commonplan/contracts';
import type { SqlDatabase, SqlSession } from '@commonplan/event-store';
import {
  contextTopic,
  type ConsumerSubscription,
  type IntegrationMessage,
  type MessageConsumer,
} from '@commonplan/messaging';
import type { ContextContribution } from '../context/context-contribution';
import { consumerGroupOf, type Consumer, type IntegrationEventHandler } from '../context/integration-events';

export interface IntegrationConsumersOptions {
  readonly bus: MessageConsumer;
  readonly db: SqlDatabase;
  readonly contexts: readonly ContextContribution[];
  /** Finds a consumer's handler among the providers of its context's module. */
  readonly resolve: <T>(type: Type<T>) => T;
  readonly onError: (error: unknown, group: string, message: IntegrationMessage) => void;
}

/**
 * Claims `eventId` for `group` in the effect's transaction. Claimed before the effect runs, so a
 * concurrent redelivery waits on this row until the first commits, then finds it and skips.
 */
const claim = async (session: SqlSession, group: string, eventId: string): Promise<boolean> => {
  const { rows } = await session.query(
    `INSERT INTO processed_messages (consumer, event_id) VALUES ($1, $2)
     ON CONFLICT DO NOTHING RETURNING event_id`,
    [group, eventId],
  );
  return rows.length > 0;
};

/**
 * The consumers of every hosted context, each name in a consumer group of its own. Consumers sharing
 * a name share the group, so events of different types about one aggregate (a verification, then an
 * erasure) reach them in the order they were published. A handler runs in one transaction with the
 * record that its event was processed (messaging's `processed_messages`), so a redelivered event
 * changes nothing, and a failed one leaves no record and is applied on redelivery. Events of other
 * types on the topic are acknowledged and left alone.
 */
export class IntegrationConsumers {
  private subscriptions: ConsumerSubscription[] = [];

  constructor(private readonly options: IntegrationConsumersOptions) {}

  async start(): Promise<void> {
    for (const context of this.options.contexts) {
      const groups = new Map<string, Consumer[]>();
      for (const consumer of context.consumers ?? []) {
        const group = consumerGroupOf(context.name, consumer);
        groups.set(group, [...(groups.get(group) ?? []), consumer]);
      }
      for (const [group, consumers] of groups)
        this.subscriptions.push(await this.subscribe(group, consumers));
    }
  }

  /** Lets the handlers running now finish; what they have not acknowledged is delivered again later. */
  async stop(): Promise<void> {
    const subscriptions = this.subscriptions;
    this.subscriptions = [];
    await Promise.all(subscriptions.map((subscription) => subscription.stop()));
  }

  /** One subscription for the group; `checkContexts` made sure its consumers read one topic. */
  private subscribe(group: string, consumers: readonly Consumer[]): Promise<ConsumerSubscription> {
    const byType = new Map(
      consumers.map((consumer) => [
        consumer.contract.type,
        {
          contract: consumer.contract,
          handler: this.options.resolve<IntegrationEventHandler>(consumer.handler),
        },
      ]),
    );
    return this.options.bus.subscribe({
      group,
      topics: [contextTopic(consumers[0]!.contract.context)],
      handle: async (message) => {
        const consumer = byType.get(message.type);
        if (!consumer) return;
        // Read before the transaction: a message that breaks its contract never holds a session.
        const event = readIntegrationEvent(consumer.contract, message);
        await this.options.db.transaction(async (session) => {
          if (await claim(session, group, event.eventId)) await consumer.handler.handle(event, session);
        });
      },
      onError: (error, message) => this.options.onError(error, group, message),
    });
  }
}
