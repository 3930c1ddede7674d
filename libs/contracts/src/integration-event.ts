import { Invalid, type Schema } from '@commonplan/kernel';
import type { IntegrationMessage } from '@commonplan/messaging';

/**
 * What one context tells the others, in the one shape the bus carries (messaging's
 * `IntegrationMessage`), with `type` and `payload` narrowed by a contract below. `key` is the stream
 * name of the aggregate it concerns (order holds per aggregate); the publishing context is the
 * topic's, `commonplan.<context>.v1`. Integration events never carry personal data: topics are read
 * by every context and kept by the broker.
 */
export type IntegrationEvent<Type extends string = string, Payload = unknown> = Omit<
  IntegrationMessage<Payload>,
  'type'
> & { readonly type: Type };

/**
 * One versioned integration event: who publishes it, under which name, and its payload's schema.
 * The schema refuses unknown fields, so a publisher's mapping cannot add a field by accident, and a
 * consumer reads nothing it was not promised.
 */
export interface IntegrationEventContract<Type extends string = string, Payload = unknown> {
  /** The publishing context: its events travel on `commonplan.<context>.v1`. */
  readonly context: string;
  readonly type: Type;
  /** Bumped on every change of the payload's shape; the old version keeps its contract until retired. */
  readonly version: number;
  readonly schema: Schema<Payload>;
}

export class IntegrationEventUnreadable extends Invalid {}

/** Checks a payload against its contract, as publishing and consuming both do. */
export const payloadOf = <Type extends string, Payload>(
  contract: IntegrationEventContract<Type, Payload>,
  payload: unknown,
): Payload => {
  const parsed = contract.schema.parse(payload, 'payload');
  if (parsed.ok) return parsed.value;
  throw new IntegrationEventUnreadable(
    'integration-event.schema-violation',
    `${contract.type} v${contract.version} does not match its contract: ${parsed.issues.map((i) => i.message).join('; ')}`,
    parsed.issues,
  );
};

/** Reads a message from the bus as `contract`'s event; throws when its version or payload differ. */
export const readIntegrationEvent = <Type extends string, Payload>(
  contract: IntegrationEventContract<Type, Payload>,
  message: IntegrationMessage,
): IntegrationEvent<Type, Payload> => {
  if (message.type !== contract.type || message.schemaVersion !== contract.version)
    throw new IntegrationEventUnreadable(
      'integration-event.unknown-version',
      `${message.type} v${message.schemaVersion} is not ${contract.type} v${contract.version}`,
      [{ field: 'schemaVersion', rule: 'version', message: `schemaVersion must be ${contract.version}` }],
    );
  return { ...message, type: contract.type, payload: payloadOf(contract, message.payload) };
};
