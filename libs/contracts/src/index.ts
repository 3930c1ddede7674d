/**
 * The envelope of every integration event: what one context tells the others, and the only code two
 * contexts share (ARCHITECTURE.md §5). Each context's events live in `libs/contracts/<context>/` and
 * narrow `Type` and `Data`. Integration events are versioned and never carry personal data: topics
 * are read by every context and kept by the broker.
 */
export interface IntegrationEvent<Type extends string = string, Data = unknown> {
  /** The id of the domain event it was published from; consumers deduplicate on it. */
  readonly eventId: string;
  readonly type: Type;
  /** Bumped on every change of `data`'s shape; consumers upcast older versions. */
  readonly schemaVersion: number;
  /** The publishing context, e.g. `budgeting`; the topic is `commonplan.<context>.v1`. */
  readonly context: string;
  /** The aggregate it concerns, `<streamType>-<id>`; also the message key, so order holds per aggregate. */
  readonly streamName: string;
  /** ISO 8601: the envelope crosses processes as JSON, where a Date would arrive as a string anyway. */
  readonly occurredAt: string;
  readonly correlationId: string;
  readonly data: Data;
}

export * from './access';
