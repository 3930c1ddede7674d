export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * What one context tells the others: a versioned integration event from libs/contracts. It never
 * carries personal data (ARCHITECTURE.md §6): topics are read by every context and kept by the broker.
 */
export interface IntegrationMessage<Payload = JsonValue> {
  /** The id of the event it was published from; consumers deduplicate on it. */
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  /** The stream the event belongs to: messages with one key are delivered in publish order. */
  readonly key: string;
  readonly correlationId: string;
  readonly occurredAt: Date;
  /** Plain JSON: it crosses a process boundary, so dates arrive as strings and classes as objects. */
  readonly payload: Payload;
}
