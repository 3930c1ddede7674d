import { payloadOf } from '@commonplan/contracts';
import type { RecordedEvent } from '@commonplan/event-store';
import type { IntegrationMessage, JsonValue } from '@commonplan/messaging';
import type { Publication } from '../context/integration-events';

/**
 * The integration message a domain event is published as. The domain event's id becomes the
 * message's, so every consumer deduplicates a republished event, and its correlation id travels on.
 */
export const relayedMessage = (publication: Publication, event: RecordedEvent): IntegrationMessage => ({
  eventId: event.eventId,
  type: publication.contract.type,
  schemaVersion: publication.contract.version,
  key: event.streamName,
  correlationId: event.metadata.correlationId,
  occurredAt: event.recordedAt,
  // Checked here, before it can reach a topic: a field the contract does not name stops the relay.
  payload: payloadOf(publication.contract, publication.payload(event)) as JsonValue,
});

/** Which publication, if any, a domain event falls under. */
export const publicationsByEvent = (
  publications: readonly Publication[],
): ((event: RecordedEvent) => Publication | undefined) => {
  const byEvent = new Map(publications.map((p) => [`${p.streamType}/${p.eventType}`, p]));
  return (event) => byEvent.get(`${event.streamType}/${event.type}`);
};
