import type { Type } from '@nestjs/common';
import type { IntegrationEvent, IntegrationEventContract } from '@commonplan/contracts';
import type { RecordedEvent, SqlSession } from '@commonplan/event-store';

/**
 * How one domain event of a context becomes one of its integration events. `payload` picks the fields
 * that may leave the context and must be pure: the relay may run it again after a crash, and the same
 * event must then give the same message. What it returns is checked against the contract, which
 * refuses unknown fields, so personal data cannot ride along by accident.
 */
export interface Publication<Payload = unknown> {
  readonly streamType: string;
  /** The domain event's type; its schema version is whatever upcasting made of it. */
  readonly eventType: string;
  readonly contract: IntegrationEventContract<string, Payload>;
  readonly payload: (event: RecordedEvent) => Payload;
}

/** Spells out a publication with its payload type checked against the contract. */
export const publication = <Payload>(definition: Publication<Payload>): Publication =>
  definition as Publication;

/**
 * Acts on one integration event inside the transaction that also records its id as processed, so
 * its effect lands once however often the event is delivered. Use only the session it is given: on
 * PGlite that transaction holds the one session there is.
 */
export interface IntegrationEventHandler<Payload = unknown> {
  handle(event: IntegrationEvent<string, Payload>, session: SqlSession): Promise<void>;
}

/** A context's interest in another context's integration event. */
export interface Consumer<Payload = unknown> {
  /** With the context's name, names the consumer group and its processed-message records. */
  readonly name: string;
  readonly contract: IntegrationEventContract<string, Payload>;
  /** A provider of the context's module; the platform resolves it when it starts consuming. */
  readonly handler: Type<IntegrationEventHandler<Payload>>;
}

export const consumer = <Payload>(definition: Consumer<Payload>): Consumer => definition as Consumer;

/** The consumer group and processed-message name of a context's consumer: `<context>.<name>`. */
export const consumerGroupOf = (contextName: string, consumer: Consumer): string =>
  `${contextName}.${consumer.name}`;
