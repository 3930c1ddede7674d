import type { DataSource, EntityManager } from 'typeorm';
import type { IntegrationMessage } from '../port/integration-message';
import type { Delivery, MessageHandler } from '../port/message-bus';

export type MessageEffect = (
  message: IntegrationMessage,
  manager: EntityManager,
  delivery: Delivery,
) => Promise<void>;

/**
 * Which messages each consumer has already acted on. Delivery is at least once, so a consumer's
 * effect and the record that it happened are written in one transaction: a redelivered message finds
 * its id and changes nothing, and an effect that fails leaves no record, so the redelivery applies it.
 */
export class ProcessedMessages {
  constructor(private readonly dataSource: DataSource) {}

  /** Runs `effect` unless `consumer` already processed `message`; false when it was a duplicate. */
  once(
    consumer: string,
    message: IntegrationMessage,
    effect: (manager: EntityManager) => Promise<void>,
  ): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      // Inserted before the effect: a concurrent redelivery blocks on this row until we commit, then skips.
      const claimed = await manager.query<unknown[]>(
        `INSERT INTO processed_messages (consumer, event_id) VALUES ($1, $2)
         ON CONFLICT DO NOTHING RETURNING event_id`,
        [consumer, message.eventId],
      );
      if (claimed.length === 0) return false;
      await effect(manager);
      return true;
    });
  }

  /** A handler for `subscribe` that applies `effect` once per event id for `consumer`. */
  exactlyOnce(consumer: string, effect: MessageEffect): MessageHandler {
    return async (message, delivery) => {
      await this.once(consumer, message, (manager) => effect(message, manager, delivery));
    };
  }
}
