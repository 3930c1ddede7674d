import type { IntegrationMessage } from './integration-message';

/** Why a message sits on a dead-letter topic: where it came from and the last error its handler threw. */
export interface DeadLetterCause {
  readonly topic: string;
  readonly error: string;
  readonly attempts: number;
}

export interface Delivery {
  readonly topic: string;
  /** 1 on first delivery; higher when the previous attempt's handler threw. */
  readonly attempt: number;
  /** Set on messages read from a dead-letter topic. */
  readonly deadLetter?: DeadLetterCause;
}

export type MessageHandler = (message: IntegrationMessage, delivery: Delivery) => Promise<void>;

export interface ConsumerOptions {
  /** Every group receives every message; within a group each key is handled by one consumer at a time. */
  readonly group: string;
  readonly topics: readonly string[];
  /**
   * Resolving acknowledges the message; throwing has it delivered again, before any later message
   * with its key. Delivery is at least once: deduplicate by event id (see ProcessedMessages).
   */
  readonly handle: MessageHandler;
  /**
   * After this many failed attempts the message goes to `<topic>.dlq` with the error and the key
   * moves on: one poison message must not stall everything behind it.
   */
  readonly deadLetterAfter?: number;
  /** Told about every failed attempt, including the one that sends the message to the dead-letter topic. */
  readonly onError?: (error: unknown, message: IntegrationMessage, delivery: Delivery) => void;
}

export interface ConsumerSubscription {
  /** Leaves the group once the handlers running now have finished; their keys pass to other members. */
  stop(): Promise<void>;
}

export interface MessagePublisher {
  /** Resolves once the bus has taken the messages; messages with one key keep the order given. */
  publish(topic: string, messages: readonly IntegrationMessage[]): Promise<void>;
}

export interface MessageConsumer {
  /**
   * Resolves once the consumer has joined its group. A group new to a topic starts with the messages
   * published from then on; a known group goes on from where its members left off.
   */
  subscribe(options: ConsumerOptions): Promise<ConsumerSubscription>;
}

/**
 * The messaging port. Embedded mode runs it in process, distributed mode on Kafka; both pass
 * libs/messaging/src/contract/messaging.contract.ts.
 */
export interface MessageBus extends MessagePublisher, MessageConsumer {
  close(): Promise<void>;
}

export const DEFAULT_DEAD_LETTER_AFTER = 5;
